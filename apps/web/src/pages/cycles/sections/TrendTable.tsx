import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { Cycle, TrendPoint } from '../../../api/cycles.js';
import { formatGap, formatMedian, formatRollup } from '../../results/format.js';
import { ScrollTable } from '../../results/sections/ResultSection.js';
import {
  changeOf,
  directionSymbols,
  levelStep,
  type Measure,
  type TrendRow,
} from '../trend-logic.js';

/** Markers of the flags a point can carry (explained under the table and in words for screen readers). */
const flagMarkers = {
  'model-changed': '※',
  'common-characteristics-only': '†',
  'not-in-previous-model': '‡',
} as const;

/** The column heading of a cycle: its date (and "provisional" for a draft). */
export function CycleHeading({ cycle, label }: { cycle: Cycle; label: string }) {
  const { t } = useTranslation('cycles');
  return (
    <>
      <span className="cm-r-block">{label}</span>
      <span className="cm-cy-col-title">{cycle.title}</span>
      {cycle.provisional && <span className="cm-cy-col-provisional">{t('provisional.short')}</span>}
    </>
  );
}

/** A level and its change since the previous cycle, in figures, a symbol and (for screen readers) words. */
export function TrendCell({
  point,
  measure,
  kind,
  lang,
}: {
  point: TrendPoint | undefined;
  measure: Measure;
  kind: 'median' | 'rollup';
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  if (!point || point.flags.includes('not-in-model'))
    return (
      <td className="cm-r-num cm-cy-cell">
        <span aria-hidden="true">–</span>
        <span className="cm-r-sr-only">{t('flags.not-in-model.short')}</span>
      </td>
    );
  const value = point[measure];
  const change = changeOf(point, measure);
  const format = kind === 'median' ? formatMedian : formatRollup;
  const markers = (Object.keys(flagMarkers) as (keyof typeof flagMarkers)[]).filter((f) =>
    point.flags.includes(f),
  );
  return (
    <td
      className={`cm-r-num cm-cy-cell cm-cy-l${String(levelStep(value))}${point.provisional ? ' cm-cy-cell-provisional' : ''}`}
    >
      <span className="cm-cy-value">{format(value, lang)}</span>
      {change.direction !== 'none' && ' '}
      {change.direction !== 'none' && (
        <span className={`cm-cy-change cm-cy-change-${change.direction}`}>
          <span aria-hidden="true">{directionSymbols[change.direction]}</span>{' '}
          <span className="cm-r-sr-only">{t(`change.${change.direction}`)}</span>
          {change.direction !== 'same' && ` ${formatGap(change.delta, lang, kind)}`}
        </span>
      )}
      {markers.map((flag) => (
        <span key={flag} className="cm-cy-flag">
          <span aria-hidden="true">{flagMarkers[flag]}</span>
          <span className="cm-r-sr-only">{t(`flags.${flag}.short`)}</span>
        </span>
      ))}
    </td>
  );
}

/**
 * The trend as a table: a row per roll-up or characteristic, a column per cycle (oldest first),
 * each cell the level of `measure` with its change since the previous cycle; the level also shades
 * the cell (always written as a figure too).
 */
export function TrendTable({
  rows,
  cycles,
  labels,
  measure,
  caption,
  lang,
}: {
  rows: readonly TrendRow[];
  cycles: readonly Cycle[];
  labels: readonly string[];
  measure: Measure;
  caption: string;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  return (
    <ScrollTable label={caption}>
      <table className="cm-r-table cm-cy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.item')}</th>
            {cycles.map((c, i) => (
              <th scope="col" key={c.assessmentId} className="cm-r-num">
                <CycleHeading cycle={c} label={labels[i] ?? c.date} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} className={`cm-cy-row-${row.kind}`}>
              <th scope="row" className={row.kind === 'characteristic' ? 'cm-r-indent' : undefined}>
                {row.kind === 'overall'
                  ? row.name
                  : `${row.kind === 'dimension' ? t('table.dimension', { id: row.id }) : row.id} ${row.name}`}
              </th>
              {cycles.map((c, i) => (
                <TrendCell
                  key={c.assessmentId}
                  point={row.points[i]}
                  measure={measure}
                  kind={row.format}
                  lang={lang}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
