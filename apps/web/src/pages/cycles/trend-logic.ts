import type { TrendChartInput, TrendPanel } from '@citymaturity/charts';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import type { Cycles, TrendPoint } from '../../api/cycles.js';
import { localeOf } from '../results/format.js';

/** Which level a view of the trend shows. */
export type Measure = 'current' | 'target';

/** How a level moved since the previous cycle. */
export type Direction = 'up' | 'down' | 'same' | 'none';

/** The symbol of a direction (always shown with its words or figure, never alone). */
export const directionSymbols: Readonly<Record<Direction, string>> = {
  up: '▲',
  down: '▼',
  same: '＝',
  none: '',
};

/** The change of one measure at a point: its direction and size (null when not comparable). */
export function changeOf(
  point: TrendPoint,
  measure: Measure,
): { direction: Direction; delta: number | null } {
  const delta = point.change?.[measure] ?? null;
  if (delta === null) return { direction: 'none', delta: null };
  // Roll-ups are means to one decimal: a difference below 0.05 is no change.
  if (Math.abs(delta) < 0.05) return { direction: 'same', delta: 0 };
  return { direction: delta > 0 ? 'up' : 'down', delta };
}

/**
 * The labels of the cycles on a chart's axis: month and year ("Mar 2022", "2022年3月"), or the
 * full date when two cycles fall in the same month.
 */
export function cycleLabels(dates: readonly string[], lang: TextLanguage): string[] {
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const months = dates.map((d) => format(d, { year: 'numeric', month: 'short' }));
  if (new Set(months).size === months.length) return months;
  return dates.map((d) => format(d, { year: 'numeric', month: 'short', day: 'numeric' }));
}

/** One row of the trend table: a roll-up or a characteristic, with its points, one per cycle. */
export interface TrendRow {
  kind: 'overall' | 'dimension' | 'subdimension' | 'characteristic';
  id: string;
  name: string;
  points: readonly TrendPoint[];
  /** How its levels are written: a characteristic's level ("3", "2.5") or a roll-up's mean ("3.0"). */
  format: 'median' | 'rollup';
}

/**
 * The rows of the trend table in model order: each dimension, then each of its sub-dimensions
 * followed by its characteristics. A sub-dimension that is one characteristic of the same id (the
 * purposes 4.1–4.6) is one row, the characteristic's. Series the API does not have are left out.
 */
export function trendRows(data: Cycles, model: ModelIndex, lang: TextLanguage): TrendRow[] {
  const rows: TrendRow[] = [];
  const push = (
    kind: TrendRow['kind'],
    format: TrendRow['format'],
    id: string,
    name: string,
    points?: TrendPoint[],
  ) => {
    if (points) rows.push({ kind, format, id, name, points });
  };
  for (const dimension of model.pack.dimensions) {
    const { id, name } = dimension;
    push('dimension', 'rollup', id, name[lang], data.trend.dimensions[id]);
    for (const sub of dimension.subdimensions) {
      const only = sub.characteristics.length === 1 ? sub.characteristics[0] : undefined;
      if (only?.id === sub.id) {
        push(
          'subdimension',
          'median',
          only.id,
          only.name[lang],
          data.trend.characteristics[only.id],
        );
        continue;
      }
      push('subdimension', 'rollup', sub.id, sub.name[lang], data.trend.subdimensions[sub.id]);
      for (const c of sub.characteristics)
        push('characteristic', 'median', c.id, c.name[lang], data.trend.characteristics[c.id]);
    }
  }
  return rows;
}

/** The chart input of a set of series: the cycles (labelled) and one panel per series. */
export function trendChartInput(
  data: Cycles,
  panels: readonly { title: string; points: readonly TrendPoint[] | undefined }[],
  model: ModelIndex,
  lang: TextLanguage,
): TrendChartInput {
  const labels = cycleLabels(
    data.cycles.map((c) => c.date),
    lang,
  );
  return {
    cycles: data.cycles.map((c, i) => ({ label: labels[i] ?? c.date, provisional: c.provisional })),
    panels: panels.map((p): TrendPanel => ({
      title: p.title,
      levels: data.cycles.map((_, i) => ({
        current: p.points?.[i]?.current ?? null,
        target: p.points?.[i]?.target ?? null,
      })),
    })),
    top: model.levels.length,
  };
}

/** The overall roll-up and one panel per dimension ("1 Strategy…"), for the charts. */
export function dimensionPanels(
  data: Cycles,
  model: ModelIndex,
  lang: TextLanguage,
): { title: string; points: readonly TrendPoint[] | undefined }[] {
  return model.pack.dimensions.map((d) => ({
    title: `${d.id} ${d.name[lang]}`,
    points: data.trend.dimensions[d.id],
  }));
}

/** The level a view shows, as a tint step 0–5 (0: none), for the table's background. */
export function levelStep(value: number | null): number {
  if (value === null) return 0;
  return Math.min(5, Math.max(1, Math.round(value)));
}
