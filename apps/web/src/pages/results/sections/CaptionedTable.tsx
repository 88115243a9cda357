import type { ReactNode } from 'react';
import { ScrollTable } from './ResultSection.js';

/** A column heading of a {@link CaptionedTable}: numbers are right-aligned, symbols centred. */
export interface TableColumn {
  key: string;
  label: ReactNode;
  align?: 'num' | 'center';
}

/**
 * A table of figures in its own scrollable box named by its caption, with one row of column
 * headings; the body (one `tbody` or several) is the children. The tables behind the charts share
 * it, so that each is captioned, scrolls and reads the same way.
 */
export function CaptionedTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  columns: readonly TableColumn[];
  /** Besides `cm-r-table`. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollTable label={caption}>
      <table className={className ? `cm-r-table ${className}` : 'cm-r-table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                scope="col"
                key={column.key}
                className={column.align ? `cm-r-${column.align}` : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </ScrollTable>
  );
}
