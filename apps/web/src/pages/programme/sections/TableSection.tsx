import type { ReactNode } from 'react';
import { TableRegion } from '../../../components/TableRegion.js';

/**
 * A section of a tool holding one table under its heading (the table's region is named after it):
 * `before` and `after` it, or `empty` instead of it when there is no row.
 */
export function TableSection({
  id,
  title,
  columns,
  tableClassName,
  empty,
  before,
  after,
  children,
}: {
  /** The id of the heading. */
  id: string;
  title: string;
  columns: readonly ReactNode[];
  tableClassName: string;
  /** Shown instead of the table (there is no row); false or nothing: the table. */
  empty?: ReactNode;
  before?: ReactNode;
  after?: ReactNode;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="cm-section">
      <h2 id={id}>{title}</h2>
      {before}
      {empty || (
        <TableRegion labelledBy={id}>
          <table className={`cm-table ${tableClassName}`}>
            <thead>
              <tr>
                {columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </TableRegion>
      )}
      {after}
    </section>
  );
}
