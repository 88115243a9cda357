import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CsvProblem } from '../../api/stakeholders.js';
import { TableRegion } from '../../components/TableRegion.js';
import type { ListRow } from './invitation-lists.js';

/** The most rows the preview shows (the list may have up to 500). */
const previewRows = 100;

/** A problem mark in a cell: an icon and a word, so that it is never shown by colour alone. */
function ProblemMark({ messages }: { messages: string[] }) {
  const { t } = useTranslation('stakeholders');
  return (
    <span className="cm-sh-problem-mark" title={messages.join('\n')}>
      <WarningOutlined aria-hidden /> {t('csv.problemMark')}
    </span>
  );
}

/**
 * The list as read: its header and rows with their line numbers, the problems the server found
 * marked in their cells (or on their whole line when they have no column).
 */
export function CsvPreview({
  rows,
  problems,
  messageOf,
}: {
  rows: readonly ListRow[];
  problems: readonly CsvProblem[];
  messageOf: (problem: CsvProblem) => string;
}) {
  const { t } = useTranslation('stakeholders');
  const [header, ...body] = rows;
  if (!header) return null;
  const width = Math.max(header.cells.length, ...body.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const problemsAt = (line: number, column: number | null) =>
    problems.filter((p) => p.line === line && p.column === column).map(messageOf);
  const shown = body.slice(0, previewRows);
  const lineMarks = (line: number) => {
    const messages = problemsAt(line, null);
    return messages.length > 0 ? <ProblemMark messages={messages} /> : null;
  };
  const cellClass = (marked: boolean) => (marked ? 'cm-sh-cell-problem' : undefined);

  return (
    <div className="cm-sh-preview">
      <h4 id="csv-preview-title" className="cm-sh-preview-title">
        {t('csv.previewTitle', { count: body.length })}
      </h4>
      <TableRegion labelledBy="csv-preview-title">
        <table className="cm-table cm-sh-preview-table" aria-labelledby="csv-preview-title">
          <thead>
            <tr>
              <th scope="col">
                {t('csv.line')} {lineMarks(header.line)}
              </th>
              {columns.map((c) => {
                const messages = problemsAt(header.line, c + 1);
                return (
                  <th key={c} scope="col" className={cellClass(messages.length > 0)}>
                    {header.cells[c] ?? ''}
                    {messages.length > 0 && <ProblemMark messages={messages} />}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line}>
                <th scope="row" className={cellClass(problemsAt(row.line, null).length > 0)}>
                  {row.line} {lineMarks(row.line)}
                </th>
                {columns.map((c) => {
                  const messages = problemsAt(row.line, c + 1);
                  return (
                    <td key={c} className={cellClass(messages.length > 0)}>
                      {row.cells[c] ?? ''}
                      {messages.length > 0 && <ProblemMark messages={messages} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {body.length > shown.length && (
        <p className="cm-muted">{t('csv.previewMore', { count: body.length - shown.length })}</p>
      )}
    </div>
  );
}
