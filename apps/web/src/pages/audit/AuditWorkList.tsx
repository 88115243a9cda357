import type { ModelIndex } from '@citymaturity/model';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit } from '../../api/audit.js';
import type { Lang } from '../../components/lang.js';
import { findingStatus, workListGroups } from './audit-logic.js';
import { FindingStatusLabel } from './FindingStatusLabel.js';

const wideQuery = '(min-width: 900px)';

/** Whether the screen is wide enough for the list beside the review (follows resizing and zoom). */
function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(wideQuery).matches);
  useEffect(() => {
    const media = window.matchMedia(wideQuery);
    const onChange = () => {
      setWide(media.matches);
    };
    media.addEventListener('change', onChange);
    return () => {
      media.removeEventListener('change', onChange);
    };
  }, []);
  return wide;
}

/**
 * The 32 characteristics grouped by dimension, each with the status of its finding, as links to
 * their review; the one shown is marked as the current page. On narrow screens the list folds
 * away (it would push the review far down).
 */
export function AuditWorkList({
  model,
  audit,
  selected,
  base,
  lang,
}: {
  model: ModelIndex;
  audit: Audit;
  selected: string | undefined;
  /** The audit page's path (each characteristic is `<base>/<id>`). */
  base: string;
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  const wide = useWideScreen();
  const progress = t('progress', {
    recorded: audit.progress.recorded,
    total: audit.progress.total,
  });
  const list = (
    <>
      {workListGroups(model).map((group) => {
        const dimension = model.dimensionById.get(group.dimensionId);
        const headingId = `audit-dimension-${group.dimensionId}`;
        return (
          <div key={group.dimensionId} className="cm-au-worklist-group">
            <h3 id={headingId} className="cm-au-worklist-dimension">
              {group.dimensionId} {dimension?.name[lang]}
            </h3>
            <ul className="cm-plain-list" aria-labelledby={headingId}>
              {group.characteristicIds.map((id) => {
                const c = model.characteristicById.get(id);
                const current = id === selected;
                return (
                  <li key={id}>
                    <Link
                      to={`${base}/${id}`}
                      className={`cm-au-worklist-item${current ? ' cm-au-worklist-current' : ''}`}
                      aria-current={current ? 'page' : undefined}
                    >
                      <span className="cm-au-worklist-name">
                        {id} {c?.characteristic.name[lang]}
                      </span>
                      <FindingStatusLabel status={findingStatus(audit.findings[id])} />
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
  let body: ReactNode = list;
  if (!wide)
    body = (
      <details>
        <summary>{t('worklist.show', { count: audit.progress.total })}</summary>
        {list}
      </details>
    );
  return (
    <nav className="cm-au-worklist" aria-labelledby="audit-worklist-title">
      <h2 id="audit-worklist-title" className="cm-au-worklist-title">
        {t('worklist.title')}
      </h2>
      <p className="cm-muted cm-au-worklist-progress">{progress}</p>
      {body}
    </nav>
  );
}
