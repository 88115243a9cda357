import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from './TableRegion.js';

/** A column of a {@link DataTable}. */
export interface Column<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** The cell that names the row (a row header for screen readers). */
  rowHeader?: boolean;
}

/**
 * A plain, light table (antd's Table would add ~80 KB to the page): header row, row headers, an
 * empty and a loading state; it scrolls sideways in its own box on narrow screens.
 */
export function DataTable<T>({
  labelledBy,
  columns,
  rows,
  rowKey,
  loading = false,
  empty,
}: {
  /** Id of the heading that names the table. */
  labelledBy: string;
  columns: readonly Column<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  loading?: boolean;
  empty: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="cm-table" aria-labelledby={labelledBy} aria-busy={loading || undefined}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align === 'right' ? 'cm-right' : undefined}
              >
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {loading || !rows ? (
            <tr>
              <td colSpan={columns.length} className="cm-table-note">
                {t('loading')}
              </td>
            </tr>
          ) : rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="cm-table-note">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const className = column.align === 'right' ? 'cm-right' : undefined;
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={className}>
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {column.render(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}
