import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatGap, formatRollup } from '../format.js';
import type { DimensionRow } from '../rows.js';
import { NoMedianLegend } from './ChartTables.js';
import { ScrollTable } from './ResultSection.js';

/**
 * Every dimension and its sub-dimensions: current, in 2 years, gap and the weakest characteristics
 * now (the lowest current median; none for a sub-dimension of one characteristic).
 */
export function DimensionTable({
  rows,
  lang,
}: {
  rows: readonly DimensionRow[];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  const caption = t('dimensions.caption');
  return (
    <>
      <ScrollTable label={caption}>
        <table className="cm-r-table cm-r-dimension-table">
          <caption className="cm-r-sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.dimension')}</th>
              <th scope="col" className="cm-r-num">
                {t('measure.current')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.target')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.gap')}
              </th>
              <th scope="col">{t('columns.weakest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.kind === 'dimension' ? 'cm-r-row-dimension' : undefined}>
                <th scope="row" className={r.kind === 'subdimension' ? 'cm-r-indent' : undefined}>
                  {r.id} {r.name}
                </th>
                <td className="cm-r-num">{formatRollup(r.current, lang)}</td>
                <td className="cm-r-num">{formatRollup(r.target, lang)}</td>
                <td className="cm-r-num">{formatGap(r.gap, lang, 'rollup')}</td>
                <td>
                  {r.weakest.length > 0 && (
                    <ul className="cm-r-plain-list">
                      {r.weakest.map((c) => (
                        <li key={c.id}>
                          {c.id} {c.name}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <NoMedianLegend show={rows.some((r) => r.current === null || r.target === null)} />
    </>
  );
}
