import { officialLevels, type AssessmentScore } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';

/** The parts of a score the charts read: characteristic results and sub-dimension roll-ups. */
export type ChartScore = Pick<AssessmentScore, 'characteristics' | 'subdimensions'>;

/** Layout hints for a chart option. */
export interface ChartLayout {
  /**
   * Width in pixels the chart will be drawn at (default {@link defaultChartWidth}); text that
   * would not fit (axis labels, legends) is wrapped to it.
   */
  width?: number;
}

/** The width the charts are designed for, in pixels. */
export const defaultChartWidth = 720;

/** The charts of CityMaturity. */
export type ChartKind = 'radar' | 'maturityMatrix' | 'gap';

/** Height in pixels of one characteristic row in the maturity matrix and the gap chart. */
export const characteristicRowHeight = 26;

/**
 * The size (pixels) a chart reads best at for a model: the radar is square-ish, the matrix and
 * the gap chart grow with the number of characteristics (one row each).
 */
export function suggestedChartSize(
  kind: ChartKind,
  model: ModelIndex,
  width = defaultChartWidth,
): { width: number; height: number } {
  const rows = model.characteristics.length;
  switch (kind) {
    case 'radar':
      return { width, height: Math.round(width * 0.78) };
    case 'maturityMatrix':
      return { width, height: 70 + rows * characteristicRowHeight + 80 };
    case 'gap':
      return { width, height: 60 + rows * characteristicRowHeight + 40 };
  }
}

/**
 * The characteristic's official current and target levels: the medians, or the consensus a
 * facilitated workshop agreed (null when there is no level).
 */
export function medians(
  score: ChartScore,
  id: string,
): { current: number | null; target: number | null } {
  const { current, target } = officialLevels(score.characteristics[id]);
  return { current, target };
}

/** Escapes text for the HTML of an ECharts tooltip. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
