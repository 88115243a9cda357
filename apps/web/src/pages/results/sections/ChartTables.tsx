import { chartText, levelLabel } from '@citymaturity/charts';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatGap, formatMedian, formatRollup, noValue } from '../format.js';
import type { CharacteristicRow, DimensionRow } from '../rows.js';
import { CaptionedTable, type TableColumn } from './CaptionedTable.js';

/** The columns of the two measures and the gap ("Current level", "In 2 years", "Gap"). */
function measureColumns(t: ReturnType<typeof useTranslation>['t']): TableColumn[] {
  return [
    { key: 'current', label: t('measure.current'), align: 'num' },
    { key: 'target', label: t('measure.target'), align: 'num' },
    { key: 'gap', label: t('measure.gap'), align: 'num' },
  ];
}

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
      <CaptionedTable
        caption={caption}
        columns={[{ key: 'subdimension', label: t('columns.subdimension') }, ...measureColumns(t)]}
      >
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
      </CaptionedTable>
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
      <CaptionedTable
        caption={caption}
        className="cm-r-matrix-table"
        columns={[
          { key: 'characteristic', label: t('columns.characteristic') },
          ...measureColumns(t).slice(0, 2),
          ...model.levels.map((level) => ({
            key: `level-${String(level)}`,
            label: levelLabel(model, level, lang),
            align: 'center' as const,
          })),
        ]}
      >
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
      </CaptionedTable>
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
      <CaptionedTable
        caption={caption}
        columns={[
          { key: 'characteristic', label: t('columns.characteristic') },
          ...measureColumns(t),
          { key: 'plan', label: t('columns.planCheck') },
        ]}
      >
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
      </CaptionedTable>
      <NoMedianLegend show={rows.some((r) => r.current === null || r.target === null)} />
    </>
  );
}
