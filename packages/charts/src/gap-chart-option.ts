import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import {
  type ChartLayout,
  type ChartScore,
  defaultChartWidth,
  escapeHtml,
  medians,
} from './chart-input.js';
import { characteristicLabel, chartText, formatLevel } from './labels.js';
import { chartColors } from './palette.js';

/** The ECharts option of the gap chart. */
export type GapChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/** The bar segments of one characteristic: base, planned decline and planned rise. */
export interface GapRow {
  id: string;
  label: string;
  current: number | null;
  target: number | null;
  /** Length of the first (blue) segment: the current median, or the target when it is lower. */
  base: number;
  /** The planned decline (current − target), when the target is below the current level. */
  decline: number;
  /** The planned rise (target − current), when the target is above the current level. */
  rise: number;
  /** The text at the end of the bar: "2 → 4". */
  summary: string;
}

/** The bar segments of every characteristic, in model order. */
export function gapRows(score: ChartScore, model: ModelIndex, lang: TextLanguage): GapRow[] {
  const text = chartText[lang];
  const shown = (value: number | null) => (value === null ? '—' : formatLevel(value));
  return model.characteristics.map((c) => {
    const { current, target } = medians(score, c.id);
    const both = current !== null && target !== null;
    return {
      id: c.id,
      label: characteristicLabel(model, c.id, lang),
      current,
      target,
      base: both ? Math.min(current, target) : (current ?? 0),
      decline: both ? Math.max(0, current - target) : 0,
      rise: both ? Math.max(0, target - current) : 0,
      summary:
        current === null && target === null
          ? text.notRated
          : `${shown(current)} → ${shown(target)}`,
    };
  });
}

/**
 * The gap chart: one horizontal bar per characteristic in model order, top to bottom
 * ("1.1.1 name"). The blue segment is the current median; the vermillion segment stacked on it is
 * the rise planned over two years (up to the target median). A planned decline (target below
 * current) is a reddish-purple segment ending at the current level. Every bar ends with its
 * figures ("2 → 4"), so the chart does not rely on colour alone.
 */
export function gapChartOption(
  score: ChartScore,
  model: ModelIndex,
  lang: TextLanguage,
  layout: ChartLayout = {},
): GapChartOption {
  const text = chartText[lang];
  const width = layout.width ?? defaultChartWidth;
  const rows = gapRows(score, model, lang);
  const hasDecline = rows.some((r) => r.decline > 0);
  const segment = (
    name: string,
    color: string,
    values: number[],
    extra: Partial<BarSeriesOption> = {},
  ): BarSeriesOption => ({
    type: 'bar',
    name,
    stack: 'level',
    barWidth: '62%',
    itemStyle: { color },
    data: values,
    ...extra,
  });
  const series: BarSeriesOption[] = [
    segment(
      text.current,
      chartColors.current,
      rows.map((r) => r.base),
    ),
  ];
  if (hasDecline)
    series.push(
      segment(
        text.plannedDecline,
        chartColors.decline,
        rows.map((r) => r.decline),
      ),
    );
  // The rise comes last in the stack, so its label (even on an empty segment) ends every bar.
  series.push(
    segment(text.plannedRise, chartColors.target, [], {
      data: rows.map((r) => ({
        value: r.rise,
        label: { show: true, position: 'right', formatter: r.summary },
      })),
      // An opaque label, so the grid lines behind it do not cross the figures.
      label: {
        color: chartColors.text,
        fontSize: 11,
        backgroundColor: chartColors.background,
        padding: [1, 2],
        textBorderWidth: 0,
      },
    }),
  );
  const tooltipOf = (r: GapRow) => {
    const shown = (value: number | null) => (value === null ? text.notRated : formatLevel(value));
    return [
      `<strong>${escapeHtml(r.label)}</strong>`,
      `${escapeHtml(text.current)}: ${escapeHtml(shown(r.current))}`,
      `${escapeHtml(text.target)}: ${escapeHtml(shown(r.target))}`,
    ].join('<br>');
  };
  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: text.gapDescription.replace(
          '{items}',
          rows.map((r) => `${r.label}: ${r.summary}`).join('; '),
        ),
      },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        return row ? tooltipOf(row) : '';
      },
    },
    legend: {
      bottom: 0,
      left: 'center',
      data: series.map((s) => s.name as string),
      textStyle: { color: chartColors.text, fontSize: 12 },
    },
    grid: { left: 8, right: 60, top: 44, bottom: 32 },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: model.levels.length,
      interval: 1,
      name: text.level,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: chartColors.text, fontSize: 11 },
      axisLabel: { color: chartColors.text, fontSize: 11 },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6, type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        width: Math.round(width * 0.4),
        overflow: 'break',
        lineHeight: 12,
      },
    },
    series,
  };
}
