import type { AssessmentScore } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatGap, formatRollup } from '../results/format.js';
import { summaryRows } from '../results/rows.js';
import { ScrollTable } from '../results/sections/ResultSection.js';

/** Overall, smart enablers and purposes in one table, followed by how the figures are computed. */
export function SummaryTable({
  score,
  model,
  lang,
}: {
  score: AssessmentScore;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation(['results', 'report']);
  const rows = summaryRows(score, model, lang, t('summary.overall'));
  const caption = t('report:summaryCaption');
  return (
    <>
      <ScrollTable label={caption}>
        <table className="cm-r-table cm-report-summary">
          <caption className="cm-r-sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report:rollup')}</th>
              <th scope="col" className="cm-r-num">
                {t('measure.current')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.target')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.id === 'overall' ? 'cm-r-row-dimension' : undefined}>
                <th scope="row">{row.name}</th>
                <td className="cm-r-num">{formatRollup(row.rollup?.current, lang)}</td>
                <td className="cm-r-num">{formatRollup(row.rollup?.target, lang)}</td>
                <td className="cm-r-num">{formatGap(row.rollup?.gap, lang, 'rollup')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="cm-r-note">
        {t('rules.median')} {t('report:rollupRule')} {t('rules.gap')}
      </p>
    </>
  );
}
