import type { LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { chartText, formatLevel } from './labels.js';
import { chartColors } from './palette.js';

/** The ECharts option of a trend chart. */
export type TrendChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/** A cycle on the trend's x axis: its label (e.g. the assessment's date) and whether it is a draft. */
export interface TrendCycle {
  label: string;
  /** A draft counted as a cycle: its levels may still change (drawn with hollow symbols). */
  provisional: boolean;
}

/** The levels of one panel's line in one cycle (null: no level). */
export interface TrendLevels {
  current: number | null;
  target: number | null;
}

/** One small chart: a title (e.g. "Overall", "1 Strategy…") and its levels, one per cycle. */
export interface TrendPanel {
  title: string;
  levels: readonly TrendLevels[];
}

/** What a trend chart shows: the cycles, oldest first, and one or more panels over them. */
export interface TrendChartInput {
  cycles: readonly TrendCycle[];
  panels: readonly TrendPanel[];
  /** The top level of the model (the y axis runs from 0 to it). */
  top: number;
}

/** The fixed wording of the trend chart. */
export const trendText: Readonly<
  Record<TextLanguage, { provisional: string; description: string; cycle: string }>
> = {
  zh: {
    provisional: '临时',
    description:
      '趋势图：各评估周期的现在水平（实线、圆点）和规划2年后的水平（虚线、三角）；空心符号为临时结果（草稿）。{items}',
    cycle: '评估周期',
  },
  en: {
    provisional: 'provisional',
    description:
      'Trend chart: the current level (solid line, circles) and the level planned in 2 years (dashed line, triangles) in each assessment cycle; hollow symbols are provisional (drafts). {items}',
    cycle: 'Assessment cycle',
  },
};

/** Height in pixels of the legend above the panels. */
const legendHeight = 32;
/** Height in pixels of one panel: its title, the plot and the cycle labels under it. */
const panelHeight = 250;
/** Space in pixels between two panels side by side. */
const columnGap = 24;
/** Below this width the panels stack in one column. */
export const trendTwoColumnWidth = 640;

/** How the panels are laid out at a drawing width: columns, and the chart's size. */
export function trendChartSize(
  panels: number,
  width = defaultChartWidth,
): { width: number; height: number; columns: number } {
  const columns = panels > 1 && width >= trendTwoColumnWidth ? 2 : 1;
  const rows = Math.max(1, Math.ceil(panels / columns));
  return { width, height: legendHeight + rows * panelHeight, columns };
}

const shown = (value: number | null, lang: TextLanguage) =>
  value === null ? chartText[lang].notRated : formatLevel(value);

/**
 * Trend lines over the assessment cycles, as small multiples: one panel per roll-up (e.g. overall,
 * or each dimension), each with the cycles on the x axis (oldest first) and two lines: the current
 * level (solid blue, circles, its figure under each point) and the level planned in two years
 * (dashed vermillion, triangles, its figure above). A provisional cycle (a draft) has hollow
 * symbols and "provisional" under its label; a missing level breaks the line. The accessible
 * description gives every value in words.
 */
export function trendChartOption(
  input: TrendChartInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): TrendChartOption {
  const text = chartText[lang];
  const words = trendText[lang];
  const width = layout.width ?? defaultChartWidth;
  const { columns } = trendChartSize(input.panels.length, width);
  const panelWidth = (width - (columns - 1) * columnGap) / columns;
  const cycleLabels = input.cycles.map((c) =>
    c.provisional ? `${c.label}\n(${words.provisional})` : c.label,
  );

  const boxes = input.panels.map((_, i) => {
    const left = (i % columns) * (panelWidth + columnGap);
    const top = legendHeight + Math.floor(i / columns) * panelHeight;
    return { left, top };
  });

  const series: LineSeriesOption[] = input.panels.flatMap((panel, i) =>
    (['current', 'target'] as const).map((which): LineSeriesOption => {
      const color = which === 'current' ? chartColors.current : chartColors.target;
      const shape = which === 'current' ? 'circle' : 'triangle';
      const hollow = which === 'current' ? 'emptyCircle' : 'emptyTriangle';
      return {
        type: 'line',
        name: text[which],
        xAxisIndex: i,
        yAxisIndex: i,
        connectNulls: false,
        // The legend's icon; each point sets its own (hollow for a provisional cycle).
        symbol: shape,
        symbolSize: which === 'current' ? 8 : 10,
        itemStyle: { color },
        lineStyle: { color, width: 2, type: which === 'current' ? 'solid' : 'dashed' },
        label: {
          show: true,
          position: which === 'current' ? 'bottom' : 'top',
          color: chartColors.text,
          fontSize: 11,
          formatter: (params) =>
            typeof params.value === 'number' ? formatLevel(params.value) : '',
        },
        data: panel.levels.map((levels, j) => ({
          value: levels[which] ?? '-',
          symbol: input.cycles[j]?.provisional ? hollow : shape,
        })),
      };
    }),
  );

  const items = input.panels.map(
    (panel) =>
      `${panel.title}: ${input.cycles
        .map((c, j) => {
          const levels = panel.levels[j] ?? { current: null, target: null };
          const label = c.provisional ? `${c.label} (${words.provisional})` : c.label;
          return `${label} ${shown(levels.current, lang)} → ${shown(levels.target, lang)}`;
        })
        .join(lang === 'zh' ? '，' : ', ')}`,
  );

  return {
    animation: false,
    aria: {
      enabled: true,
      label: { description: words.description.replace('{items}', items.join('; ')) },
    },
    legend: {
      top: 0,
      left: 'center',
      data: [text.current, text.target],
      textStyle: { color: chartColors.text, fontSize: 13 },
    },
    title: input.panels.map((panel, i) => ({
      text: panel.title,
      left: (boxes[i]?.left ?? 0) + 4,
      top: (boxes[i]?.top ?? 0) + 4,
      textStyle: {
        color: chartColors.text,
        fontSize: 13,
        fontWeight: 600,
        width: Math.max(80, panelWidth - 8),
        overflow: 'truncate',
      },
    })),
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0];
        if (!first) return '';
        const panel = input.panels[Math.floor((first.seriesIndex ?? 0) / 2)];
        const cycle = input.cycles[first.dataIndex];
        const levels = panel?.levels[first.dataIndex];
        if (!panel || !cycle || !levels) return '';
        return [
          `<strong>${escapeHtml(panel.title)}</strong>`,
          `${escapeHtml(words.cycle)}: ${escapeHtml(cycle.label)}${cycle.provisional ? ` (${escapeHtml(words.provisional)})` : ''}`,
          `${escapeHtml(text.current)}: ${escapeHtml(shown(levels.current, lang))}`,
          `${escapeHtml(text.target)}: ${escapeHtml(shown(levels.target, lang))}`,
        ].join('<br>');
      },
    },
    grid: boxes.map((box) => ({
      left: box.left + 28,
      width: Math.max(40, panelWidth - 28 - 24),
      top: box.top + 40,
      height: panelHeight - 40 - 58,
    })),
    xAxis: boxes.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: cycleLabels,
      boundaryGap: true,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        lineHeight: 13,
        width: Math.max(40, (panelWidth - 60) / Math.max(1, input.cycles.length)),
        overflow: 'break',
      },
    })),
    yAxis: boxes.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      max: input.top,
      interval: 1,
      axisLabel: { color: chartColors.text, fontSize: 11 },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6, type: 'dashed' } },
    })),
    series,
  };
}
