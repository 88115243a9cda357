import { Alert } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvProblem } from '../../api/stakeholders.js';
import { useLang } from '../../components/lang.js';

/** Where a problem is, in words: "Line 3, column 2 (email)". */
export function useProblemPlace() {
  const { t } = useTranslation('stakeholders');
  return (problem: CsvProblem) => {
    const field = problem.field ? t(`csv.fields.${problem.field}`) : null;
    if (problem.column === null)
      return field
        ? t('csv.placeLineField', { line: problem.line, field })
        : t('csv.placeLine', { line: problem.line });
    return field
      ? t('csv.placeCellField', { line: problem.line, column: problem.column, field })
      : t('csv.placeCell', { line: problem.line, column: problem.column });
  };
}

/**
 * The problems of a refused list, by line and column, in the interface language; nobody was
 * invited. Focused when it appears, so that keyboard and screen-reader users land on it.
 */
export function CsvProblems({
  title,
  problems,
  stale,
  ref,
}: {
  title: string;
  problems: readonly CsvProblem[];
  stale: boolean;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const place = useProblemPlace();
  const sorted = [...problems].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return (
    <div ref={ref} tabIndex={-1} className="cm-sh-problems">
      <Alert
        type="error"
        showIcon
        role="alert"
        title={title}
        description={
          <>
            <p>{t('csv.problemsIntro', { count: problems.length })}</p>
            <ol className="cm-sh-problem-list">
              {sorted.map((p, i) => (
                <li key={`${String(p.line)}-${String(p.column)}-${String(i)}`}>
                  <strong>{place(p)}</strong>: {p.message[lang]}
                </li>
              ))}
            </ol>
            {stale && <p className="cm-sh-stale">{t('csv.stale')}</p>}
          </>
        }
      />
    </div>
  );
}
