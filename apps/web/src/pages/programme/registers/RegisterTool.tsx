import type { UseQueryResult } from '@tanstack/react-query';
import { Button } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../useProgramme.js';
import { AccessNote } from '../workspace-edit/AccessNote.js';
import { QueryState } from '../workspace-edit/QueryState.js';
import '../reviews/reviews.css';

/** The form: closed, a new row, or a change of one. */
type Editing<Row> = { open: false } | { open: true; row: Row | undefined };

/**
 * A register of the workspace: what the member's role allows, the toolbar ("add" for members who
 * may manage the workspace, and `toolbar`), then the register once loaded: its `view`, or the
 * `form` while a row is added or changed; afterwards the focus goes to the row saved, else to "add".
 */
export function RegisterTool<Data, Row extends { id: string }>({
  what,
  query,
  failed,
  addText,
  toolbar,
  anchor,
  form,
  view,
}: {
  /** What the register holds, for a member who may only read it. */
  what: string;
  query: UseQueryResult<Data, unknown>;
  /** The title of the error when it could not be loaded. */
  failed: string;
  addText: string;
  toolbar?: ReactNode;
  /** The element id of a row of the view. */
  anchor: (row: Row) => string;
  form: (data: Data, row: Row | undefined, onClose: (saved: Row | undefined) => void) => ReactNode;
  view: (data: Data, onEdit: (row: Row) => void) => ReactNode;
}) {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  const [editing, setEditing] = useState<Editing<Row>>({ open: false });
  const addButton = useRef<HTMLButtonElement>(null);

  const close = (saved: Row | undefined) => {
    setEditing({ open: false });
    setTimeout(() => {
      const row = saved && document.getElementById(anchor(saved));
      if (row) {
        row.scrollIntoView({ block: 'center' });
        row.querySelector('button')?.focus();
      } else addButton.current?.focus();
    }, 50);
  };

  return (
    <>
      <AccessNote what={what} />
      {!editing.open && (canManage || toolbar) && (
        <div className="cm-rv-toolbar">
          {canManage && (
            <Button
              type="primary"
              ref={addButton}
              onClick={() => {
                setEditing({ open: true, row: undefined });
              }}
            >
              {addText}
            </Button>
          )}
          {toolbar}
        </div>
      )}
      <QueryState query={query} failed={failed} loading={t('reviewTool.loading')}>
        {(data) =>
          editing.open
            ? form(data, editing.row, close)
            : view(data, (row) => {
                setEditing({ open: true, row });
              })
        }
      </QueryState>
    </>
  );
}
