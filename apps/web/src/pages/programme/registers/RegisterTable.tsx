import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableSection } from '../sections/TableSection.js';
import { useProgramme } from '../useProgramme.js';
import { RowActions } from '../workspace-edit/RowActions.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';

/**
 * A register as a table under its heading: a row per entry (its first cell the row's header) and,
 * for members who may manage the workspace, each row's edit and delete (after confirming; a row
 * changed meanwhile is kept) buttons.
 */
export function RegisterTable<Row extends { id: string }>({
  id,
  title,
  empty,
  columns,
  rows,
  anchor,
  cells,
  name,
  removeText,
  deletion,
  conflictCode,
  queryKey,
  onEdit,
}: {
  /** The id of the heading. */
  id: string;
  title: string;
  /** Said instead of the table when there is no row. */
  empty: string;
  /** The columns' headings, but the actions'. */
  columns: readonly string[];
  rows: readonly Row[];
  /** A row's element id (to come back to it after editing). */
  anchor: (row: Row) => string;
  /** A row's cells, one per column. */
  cells: (row: Row) => ReactNode;
  /** A row's name, completing its buttons' accessible names. */
  name: (row: Row) => string;
  removeText: string;
  /** The confirmation of a row's deletion, and the deletion. */
  deletion: (row: Row) => {
    title: string;
    content: string;
    ok: string;
    deleted: string;
    remove: () => Promise<unknown>;
  };
  conflictCode: string;
  queryKey: QueryKey;
  onEdit: (row: Row) => void;
}) {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  const client = useQueryClient();
  const confirmDelete = useConfirmDelete();

  return (
    <TableSection
      id={id}
      title={title}
      empty={rows.length === 0 && <p className="cm-pg-text">{empty}</p>}
      columns={
        canManage
          ? [
              ...columns,
              <span key="actions" className="cm-visually-hidden">
                {t('reviewTool.actions')}
              </span>,
            ]
          : columns
      }
      tableClassName="cm-rv-register"
    >
      {rows.map((row) => (
        <tr key={row.id} id={anchor(row)}>
          {cells(row)}
          {canManage && (
            <td>
              <RowActions
                name={name(row)}
                edit={t('reviewTool.edit')}
                remove={removeText}
                onEdit={() => {
                  onEdit(row);
                }}
                onRemove={() => {
                  confirmDelete({
                    ...deletion(row),
                    conflictCode,
                    refresh: () => client.invalidateQueries({ queryKey }),
                  });
                }}
              />
            </td>
          )}
        </tr>
      ))}
    </TableSection>
  );
}
