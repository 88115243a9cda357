import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { chartColors } from './palette.js';

/** The ECharts option of the plan-realisation chart. */
export type RealisationChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/**
 * The statuses of a planned improvement, in the order the bars stack them (best first): the same
 * ids as the core's `realisationStatuses`.
 */
export const realisationChartStatuses = [
  'reached',
  'partly',
  'not-reached',
  'fell-back',
  'no-plan',
  'unknown',
] as const;
/** See {@link realisationChartStatuses}. */
export type RealisationChartStatus = (typeof realisationChartStatuses)[number];

/** One bar: a label ("All characteristics", "1 Strategy…") and its counts per status. */
export interface RealisationBar {
  label: string;
  counts: Readonly<Record<RealisationChartStatus, number>>;
}

/** How each status is drawn: a colour, a pattern (so that colour is not the only cue) and a symbol. */
export const realisationStyles: Readonly<
  Record<
    RealisationChartStatus,
    { color: string; symbol: string; decal: { symbol: string; rotation?: number } | null }
  >
> = {
  // Okabe–Ito colours, each ≥ 3:1 on white (WCAG 1.4.11), with distinct patterns.
  reached: { color: '#007A5A', symbol: '✓', decal: null },
  partly: { color: '#0072B2', symbol: '◐', decal: { symbol: 'rect', rotation: Math.PI / 4 } },
  'not-reached': { color: '#A8507E', symbol: '✗', decal: { symbol: 'circle' } },
  'fell-back': { color: '#C04F00', symbol: '▼', decal: { symbol: 'triangle' } },
  'no-plan': { color: '#595959', symbol: '–', decal: { symbol: 'rect', rotation: 0 } },
  unknown: { color: '#8C8C8C', symbol: '?', decal: { symbol: 'diamond' } },
};

/** The names of the statuses and the chart's fixed wording. */
export const realisationText: Readonly<
  Record<
    TextLanguage,
    {
      statuses: Record<RealisationChartStatus, string>;
      axis: string;
      description: string;
    }
  >
> = {
  zh: {
    statuses: {
      reached: '已达到',
      partly: '部分达到',
      'not-reached': '未达到',
      'fell-back': '倒退',
      'no-plan': '无规划提升',
      unknown: '无法判断',
    },
    axis: '特征数',
    description: '规划落实情况：各状态的特征数。{items}',
  },
  en: {
    statuses: {
      reached: 'Reached',
      partly: 'Partly reached',
      'not-reached': 'Not reached',
      'fell-back': 'Fell back',
      'no-plan': 'No rise planned',
      unknown: 'Cannot tell',
    },
    axis: 'Characteristics',
    description: 'Plan realisation: the number of characteristics in each status. {items}',
  },
};

/** Height in pixels of one bar's row. */
const rowHeight = 44;

/** The size (pixels) the chart reads best at: one row per bar, the legend under them. */
export function realisationChartSize(
  bars: number,
  width = defaultChartWidth,
): { width: number; height: number } {
  const legendRows = width < 520 ? 3 : width < 860 ? 2 : 1;
  return { width, height: 40 + bars * rowHeight + 16 + legendRows * 24 };
}

/**
 * The realisation of the previous cycle's plan as horizontal stacked bars, one per group (all
 * characteristics, then each dimension), a segment per status in the order of
 * {@link realisationChartStatuses}, each with its colour, its pattern and its count written on it
 * (a count too narrow to write is in the tooltip and the description). The legend names
 * the statuses in words; the accessible description gives every count.
 */
export function realisationChartOption(
  bars: readonly RealisationBar[],
  lang: TextLanguage,
  layout: ChartLayout = {},
): RealisationChartOption {
  const text = realisationText[lang];
  const width = layout.width ?? defaultChartWidth;
  const size = realisationChartSize(bars.length, width);
  const total = Math.max(
    1,
    ...bars.map((b) => realisationChartStatuses.reduce((n, s) => n + b.counts[s], 0)),
  );
  // A count is written on its segment when the segment is wide enough for it (about 16 px of
  // the plot, which takes the width left of the bars' labels); the others are in the tooltip.
  const plotWidth = Math.max(60, width * 0.68 - 32);
  const fits = (count: number) => (count / total) * plotWidth >= 16;
  const series = realisationChartStatuses.map((status): BarSeriesOption => {
    const style = realisationStyles[status];
    return {
      type: 'bar',
      name: text.statuses[status],
      stack: 'statuses',
      barWidth: 26,
      itemStyle: {
        color: style.color,
        borderColor: chartColors.background,
        borderWidth: 1,
        ...(style.decal
          ? {
              decal: {
                symbol: style.decal.symbol,
                rotation: style.decal.rotation ?? 0,
                color: 'rgba(255, 255, 255, 0.55)',
                symbolSize: 0.5,
                dashArrayX: 6,
                dashArrayY: 6,
              },
            }
          : {}),
      },
      label: {
        show: true,
        position: 'inside',
        color: chartColors.text,
        backgroundColor: chartColors.background,
        padding: [1, 3],
        borderRadius: 2,
        fontSize: 11,
        formatter: (params) =>
          typeof params.value === 'number' && params.value > 0 && fits(params.value)
            ? String(params.value)
            : '',
      },
      data: bars.map((b) => b.counts[status]),
    };
  });
  const describe = (bar: RealisationBar) =>
    `${bar.label}: ${realisationChartStatuses
      .filter((s) => bar.counts[s] > 0)
      .map((s) => `${text.statuses[s]} ${String(bar.counts[s])}`)
      .join(lang === 'zh' ? '，' : ', ')}`;
  return {
    animation: false,
    aria: {
      enabled: true,
      label: { description: text.description.replace('{items}', bars.map(describe).join('; ')) },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const bar = bars[first?.dataIndex ?? -1];
        if (!bar) return '';
        return [
          `<strong>${escapeHtml(bar.label)}</strong>`,
          ...realisationChartStatuses.map(
            (s) =>
              `${realisationStyles[s].symbol} ${escapeHtml(text.statuses[s])}: ${String(bar.counts[s])}`,
          ),
        ].join('<br>');
      },
    },
    legend: {
      bottom: 0,
      left: 'center',
      width: width - 16,
      data: series.map((s) => s.name as string),
      textStyle: { color: chartColors.text, fontSize: 12 },
    },
    grid: {
      left: 8,
      right: 16,
      top: 28,
      height: bars.length * rowHeight,
    },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: total,
      minInterval: 1,
      name: text.axis,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: chartColors.text, fontSize: 11 },
      axisLabel: { color: chartColors.text, fontSize: 11, hideOverlap: true },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6, type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        width: Math.round(size.width * 0.32),
        overflow: 'break',
        lineHeight: 13,
      },
    },
    series,
  };
}
