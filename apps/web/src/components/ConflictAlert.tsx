import { Alert, Button } from 'antd';
import { useId, type ReactNode } from 'react';
import './conflict-alert.css';

/** One field of the two versions compared, as text (empty: nothing given). */
export interface ConflictRow {
  key: string;
  label: string;
  theirs: string;
  yours: string;
}

/** The words of a {@link ConflictAlert}, from the caller's namespace. */
export interface ConflictText {
  title: string;
  intro: string;
  caption: string;
  field: string;
  theirs: string;
  yours: string;
  differs: string;
  empty: string;
  takeTheirs: string;
  overwrite: string;
}

/**
 * "Someone else changed this meanwhile" (an optimistic-locking refusal): the stored version (theirs)
 * next to the unsaved edit (yours), field by field with the differences named in words; take
 * theirs, or save yours over it knowingly. Used by the workshop's consensus and the audit findings.
 */
export function ConflictAlert({
  text,
  rows,
  theirsNote,
  tableClassName = 'cm-table',
  busy,
  onTakeTheirs,
  onOverwrite,
}: {
  text: ConflictText;
  rows: readonly ConflictRow[];
  /** Under the "theirs" heading: who changed it and when. */
  theirsNote?: ReactNode;
  tableClassName?: string;
  busy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const captionId = useId();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={text.title}
      description={
        <div className="cm-conflict-body">
          <p>{text.intro}</p>
          <div className="cm-table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
            <table className={`${tableClassName} cm-conflict-table`}>
              <caption id={captionId} className="cm-conflict-caption">
                {text.caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{text.field}</th>
                  <th scope="col">
                    {text.theirs}
                    {theirsNote && <span className="cm-conflict-note">{theirsNote}</span>}
                  </th>
                  <th scope="col">{text.yours}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {row.label}
                      {row.theirs !== row.yours && (
                        <span className="cm-conflict-differs">{text.differs}</span>
                      )}
                    </th>
                    <td className="cm-pre-line">{row.theirs || text.empty}</td>
                    <td className="cm-pre-line">{row.yours || text.empty}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="cm-actions">
            <Button onClick={onTakeTheirs} disabled={busy}>
              {text.takeTheirs}
            </Button>
            <Button danger onClick={onOverwrite} loading={busy}>
              {text.overwrite}
            </Button>
          </div>
        </div>
      }
    />
  );
}
