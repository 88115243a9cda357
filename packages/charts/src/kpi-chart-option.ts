import type { LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { dateValue } from './dates.js';
import { chartColors } from './palette.js';

/** The ECharts option of a KPI chart. */
export type KpiChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

/** A value of a KPI on a date (`YYYY-MM-DD`). */
export interface KpiPoint {
  on: string;
  value: number;
}

/**
 * Where a KPI stands against its trajectory (decided by the API): `no-trajectory` when values are
 * recorded but there is no milestone to judge them against.
 */
export type KpiStatus = 'on-track' | 'off-track' | 'achieved' | 'no-data' | 'no-trajectory';

/** What a KPI chart shows. */
export interface KpiChartInput {
  name: string;
  /** The unit of its values, e.g. "%" or "t CO₂e" (may be empty). */
  unit: string;
  /** Whether a higher or a lower value is better. */
  direction: 'increase' | 'decrease';
  /** The starting point of the trajectory, if recorded. */
  baseline: KpiPoint | null;
  /** The planned values (milestones) after the baseline. */
  milestones: readonly KpiPoint[];
  /** The measured values. */
  actuals: readonly KpiPoint[];
  status: KpiStatus;
  /** `YYYY-MM-DD`: where the "today" line is drawn, if given. */
  today?: string;
}

/** The fixed wording of the KPI chart. */
export const kpiText: Readonly<
  Record<
    TextLanguage,
    {
      trajectory: string;
      actual: string;
      baseline: string;
      today: string;
      status: string;
      statuses: Readonly<Record<KpiStatus, string>>;
      directions: Readonly<Record<'increase' | 'decrease', string>>;
      noValue: string;
      description: string;
    }
  >
> = {
  zh: {
    trajectory: '计划轨迹',
    actual: '实际值',
    baseline: '基线',
    today: '今天',
    status: '状态',
    statuses: {
      'on-track': '符合轨迹',
      'off-track': '偏离轨迹',
      achieved: '已达成',
      'no-data': '尚无数据',
      'no-trajectory': '无轨迹可对照',
    },
    directions: { increase: '越高越好', decrease: '越低越好' },
    noValue: '无',
    description:
      '关键绩效指标“{name}”（{direction}）：计划轨迹（虚线、菱形，自基线起）与实际值（实线、圆点，标有数值）。状态：{status}。计划：{plan}。实际：{actuals}。',
  },
  en: {
    trajectory: 'Planned trajectory',
    actual: 'Actual',
    baseline: 'baseline',
    today: 'Today',
    status: 'Status',
    statuses: {
      'on-track': 'on track',
      'off-track': 'off track',
      achieved: 'achieved',
      'no-data': 'no data yet',
      'no-trajectory': 'no trajectory to judge against',
    },
    directions: { increase: 'higher is better', decrease: 'lower is better' },
    noValue: 'none',
    description:
      'Key performance indicator "{name}" ({direction}): the planned trajectory (dashed line, diamonds, from the baseline) against the actual values (solid line, circles, labelled). Status: {status}. Plan: {plan}. Actual: {actuals}.',
  },
};

/** Status marks written before the status, so that it never rests on colour. */
export const kpiStatusMarks: Readonly<Record<KpiStatus, string>> = {
  'on-track': '✓',
  'off-track': '✗',
  achieved: '★',
  'no-data': '–',
  'no-trajectory': '?',
};

/** Formats a value in a language (up to two decimals, grouped). */
export function formatKpiValue(value: number, lang: TextLanguage): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 2,
  }).format(value);
}

/** The size (pixels) a KPI chart reads best at. */
export function kpiChartSize(width = defaultChartWidth): { width: number; height: number } {
  return { width, height: Math.round(Math.min(360, Math.max(260, width * 0.5))) };
}

/**
 * A KPI against its trajectory: the plan as a dashed line with diamonds from the baseline through
 * the milestones, the actual values as a solid line with circles and each value written by its
 * point, an optional "today" line, and the status in words (with a mark: ✓ on track, ✗ off track,
 * ★ achieved, – no data, ? no trajectory) in the title. The accessible description gives every value.
 */
export function kpiChartOption(
  input: KpiChartInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): KpiChartOption {
  const text = kpiText[lang];
  const width = layout.width ?? defaultChartWidth;
  const plan = [...(input.baseline ? [input.baseline] : []), ...input.milestones];
  const shown = (v: number) =>
    input.unit ? `${formatKpiValue(v, lang)} ${input.unit}` : formatKpiValue(v, lang);
  const listed = (points: readonly KpiPoint[]) =>
    points.length > 0
      ? points.map((p) => `${p.on} ${shown(p.value)}`).join(lang === 'zh' ? '，' : ', ')
      : text.noValue;
  const status = `${kpiStatusMarks[input.status]} ${text.statuses[input.status]}`;
  const toPoint = (p: KpiPoint) => [dateValue(p.on), p.value];

  const series: LineSeriesOption[] = [
    {
      type: 'line',
      name: text.trajectory,
      symbol: 'diamond',
      symbolSize: 9,
      itemStyle: { color: chartColors.target },
      lineStyle: { color: chartColors.target, width: 2, type: 'dashed' },
      data: plan.map(toPoint),
      ...(input.today
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: chartColors.text, type: 'solid', width: 1 },
              label: {
                color: chartColors.text,
                fontSize: 11,
                formatter: `${text.today} ${input.today}`,
              },
              data: [{ xAxis: dateValue(input.today) }],
            },
          }
        : {}),
    },
    {
      type: 'line',
      name: text.actual,
      symbol: 'circle',
      symbolSize: 8,
      itemStyle: { color: chartColors.current },
      lineStyle: { color: chartColors.current, width: 2, type: 'solid' },
      label: {
        show: true,
        position: 'top',
        color: chartColors.text,
        fontSize: 11,
        formatter: (params) => {
          const value = Array.isArray(params.value) ? params.value[1] : undefined;
          return typeof value === 'number' ? formatKpiValue(value, lang) : '';
        },
      },
      data: input.actuals.map(toPoint),
    },
  ];

  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: text.description
          .replace('{name}', input.name)
          .replace('{direction}', text.directions[input.direction])
          .replace('{status}', text.statuses[input.status])
          .replace('{plan}', listed(plan))
          .replace('{actuals}', listed(input.actuals)),
      },
    },
    title: {
      left: 8,
      top: 0,
      text: input.unit ? `${input.name} (${input.unit})` : input.name,
      textStyle: {
        color: chartColors.text,
        fontSize: 14,
        fontWeight: 600,
        width: width - 16,
        overflow: 'truncate',
      },
      subtext: `${text.status}: ${status} · ${text.directions[input.direction]}`,
      subtextStyle: { color: chartColors.text, fontSize: 12 },
    },
    legend: {
      bottom: 0,
      left: 'center',
      data: [text.trajectory, text.actual],
      textStyle: { color: chartColors.text, fontSize: 12 },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const rows = list.flatMap((p) => {
          const value = Array.isArray(p.value) ? p.value : [];
          const [time, figure] = value as [number | undefined, number | undefined];
          if (typeof figure !== 'number' || typeof time !== 'number') return [];
          const date = new Date(time).toISOString().slice(0, 10);
          return [`${escapeHtml(p.seriesName ?? '')} ${date}: ${escapeHtml(shown(figure))}`];
        });
        return rows.join('<br>');
      },
    },
    grid: { left: 56, right: 24, top: 56, bottom: 56 },
    xAxis: {
      type: 'time',
      axisLabel: {
        color: chartColors.text,
        fontSize: 11,
        formatter: '{yyyy}-{MM}',
        hideOverlap: true,
      },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: {
        color: chartColors.text,
        fontSize: 11,
        formatter: (value: number) => formatKpiValue(value, lang),
      },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6, type: 'dashed' } },
    },
    series,
  };
}
