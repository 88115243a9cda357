import { chartText, levelLabel } from '@citymaturity/charts';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatGap, formatMedian, formatRollup, noValue } from '../format.js';
import type { CharacteristicRow, DimensionRow } from '../rows.js';
import { ScrollTable } from './ResultSection.js';

/** "– no median" under a table, when a value in it is missing. */
export function NoMedianLegend({ show }: { show: boolean }) {
  const { t } = useTranslation('results');
  if (!show) return null;
  return <p className="cm-r-note">{t('noMedian.legend', { dash: noValue })}</p>;
}

/** The radar's numbers: every sub-dimension's roll-up, current and in 2 years. */
export function RadarTable({ rows, lang }: { rows: readonly DimensionRow[]; lang: TextLanguage }) {
  const { t } = useTranslation('results');
  const subdimensions = rows.filter((r) => r.kind === 'subdimension');
  const caption = t('charts.radar.tableCaption');
  return (
    <>
      <ScrollTable label={caption}>
        <table className="cm-r-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.subdimension')}</th>
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
            {subdimensions.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.id} {r.name}
                </th>
                <td className="cm-r-num">{formatRollup(r.current, lang)}</td>
                <td className="cm-r-num">{formatRollup(r.target, lang)}</td>
                <td className="cm-r-num">{formatGap(r.gap, lang, 'rollup')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <NoMedianLegend show={subdimensions.some((r) => r.current === null || r.target === null)} />
    </>
  );
}

/** The maturity matrix as a table: a row per characteristic, a column per level, symbols in words. */
export function MatrixTable({
  rows,
  model,
  lang,
}: {
  rows: readonly CharacteristicRow[];
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  const states = chartText[lang].matrixStates;
  const caption = t('charts.matrix.tableCaption');
  return (
    <>
      <ScrollTable label={caption}>
        <table className="cm-r-table cm-r-matrix-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.characteristic')}</th>
              <th scope="col" className="cm-r-num">
                {t('measure.current')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.target')}
              </th>
              {model.levels.map((level) => (
                <th scope="col" key={level} className="cm-r-center">
                  {levelLabel(model, level, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.id} {r.name}
                </th>
                <td className="cm-r-num">{formatMedian(r.current, lang)}</td>
                <td className="cm-r-num">{formatMedian(r.target, lang)}</td>
                {r.cells.map((cell) => (
                  <td key={cell.level} className={`cm-r-center cm-r-cell-${cell.state}`}>
                    <span aria-hidden="true">{cell.symbol}</span>
                    <span className="cm-r-sr-only">{states[cell.state]}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <NoMedianLegend show={rows.some((r) => r.current === null || r.target === null)} />
    </>
  );
}

/** The gap chart's numbers: every characteristic's medians, planned gap and plan check. */
export function GapTable({
  rows,
  lang,
}: {
  rows: readonly CharacteristicRow[];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  const caption = t('charts.gap.tableCaption');
  return (
    <>
      <ScrollTable label={caption}>
        <table className="cm-r-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.characteristic')}</th>
              <th scope="col" className="cm-r-num">
                {t('measure.current')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.target')}
              </th>
              <th scope="col" className="cm-r-num">
                {t('measure.gap')}
              </th>
              <th scope="col">{t('columns.planCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.id} {r.name}
                </th>
                <td className="cm-r-num">{formatMedian(r.current, lang)}</td>
                <td className="cm-r-num">{formatMedian(r.target, lang)}</td>
                <td className="cm-r-num">{formatGap(r.gap, lang)}</td>
                <td>{r.plan ? t(`plan.short.${r.plan}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <NoMedianLegend show={rows.some((r) => r.current === null || r.target === null)} />
    </>
  );
}
