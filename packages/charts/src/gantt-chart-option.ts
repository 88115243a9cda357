import type { CustomSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  CustomSeriesRenderItem,
  CustomSeriesRenderItemReturn,
} from 'echarts/types/dist/shared';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { dateValue, dayMs } from './dates.js';
import { chartColors } from './palette.js';

/** The ECharts option of a roadmap timeline. */
export type GanttChartOption = ComposeOption<
  | CustomSeriesOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

/** One bar: an initiative of the roadmap in its phase, from `start` to `end` (dates, inclusive). */
export interface GanttRow {
  id: string;
  label: string;
  /** The id of its group (the roadmap phase). */
  group: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** A quick win (ISO 37106 6.9.2): marked with a star. */
  quickWin: boolean;
}

/** A group of rows (a roadmap phase), in the order shown. */
export interface GanttGroup {
  id: string;
  label: string;
}

/** What the timeline shows. */
export interface GanttChartInput {
  rows: readonly GanttRow[];
  /** The groups in order with their names (every one is shown, even without rows); default: the rows' groups in order of first appearance, named by id. */
  groups?: readonly GanttGroup[];
  /** `YYYY-MM-DD`: where the "today" line is drawn. */
  today: string;
  /** An optional second line, e.g. the assessment's two-year horizon. */
  horizon?: { date: string; label: string };
}

/** The fixed wording of the timeline. */
export const ganttText: Readonly<
  Record<
    TextLanguage,
    {
      today: string;
      quickWin: string;
      from: string;
      none: string;
      legend: string;
      gap: string;
      description: string;
    }
  >
> = {
  zh: {
    today: '今天',
    quickWin: '快速见效',
    from: '{start} 至 {end}',
    none: '（尚无举措）',
    legend: '★ 快速见效\u3000│ 实线：今天',
    gap: '\u3000',
    description: '路线图时间线：各阶段的举措及其起止日期，★ 为快速见效；实线为今天。{items}',
  },
  en: {
    today: 'Today',
    quickWin: 'quick win',
    from: '{start} to {end}',
    none: '(no initiative yet)',
    legend: '★ quick win   │ solid line: today',
    gap: '   ',
    description:
      'Roadmap timeline: the initiatives of each phase with their start and end dates, ★ marks a quick win; the solid line is today. {items}',
  },
};

/** Bar colours by group, in turn (each ≥ 3:1 on white; the group is also named in words). */
export const ganttGroupColours = ['#0072B2', '#D55E00', '#007A5A', '#8E4585', '#5F5F5F'] as const;

/** Height in pixels of one row (a bar or a group's heading). */
export const ganttRowHeight = 30;
const topMargin = 44;
const bottomMargin = 64;
const day = dayMs;

type Entry =
  | { kind: 'group'; group: GanttGroup; colour: string; count: number }
  | { kind: 'row'; row: GanttRow; colour: string };

/** The groups and rows top to bottom: each group's heading, then its rows by start date. */
function entriesOf(input: GanttChartInput): Entry[] {
  const groups: readonly GanttGroup[] =
    input.groups ?? [...new Set(input.rows.map((r) => r.group))].map((id) => ({ id, label: id }));
  return groups.flatMap((group, i) => {
    const colour = ganttGroupColours[i % ganttGroupColours.length] ?? chartColors.current;
    const rows = input.rows
      .filter((r) => r.group === group.id)
      .sort((a, b) => a.start.localeCompare(b.start) || a.label.localeCompare(b.label));
    return [
      { kind: 'group' as const, group, colour, count: rows.length },
      ...rows.map((row) => ({ kind: 'row' as const, row, colour })),
    ];
  });
}

/** The size (pixels) the timeline reads best at. */
export function ganttChartSize(
  input: GanttChartInput,
  width = defaultChartWidth,
): { width: number; height: number } {
  return { width, height: topMargin + entriesOf(input).length * ganttRowHeight + bottomMargin };
}

/**
 * The roadmap as a timeline (Gantt): each phase's heading, then its initiatives as bars from their
 * start to their end date (inclusive), a star before the name of a quick win, a solid line for
 * today and, if given, a dashed line for the horizon (e.g. the assessment date + 2 years). Phases
 * are told apart by their headings and bar colours; the accessible description lists every
 * initiative with its dates.
 */
export function ganttChartOption(
  input: GanttChartInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): GanttChartOption {
  const text = ganttText[lang];
  const width = layout.width ?? defaultChartWidth;
  const entries = entriesOf(input);
  const labelWidth = Math.round(Math.min(240, Math.max(96, width * 0.32)));
  const dates = [
    ...input.rows.flatMap((r) => [dateValue(r.start), dateValue(r.end) + day]),
    dateValue(input.today),
    ...(input.horizon ? [dateValue(input.horizon.date)] : []),
  ];
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const pad = Math.max(15 * day, (last - first) * 0.04);
  const span = (row: GanttRow) => text.from.replace('{start}', row.start).replace('{end}', row.end);
  const named = (row: GanttRow) => (row.quickWin ? `★ ${row.label}` : row.label);

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const entry = entries[params.dataIndex];
    const size = api.size?.([0, 1]);
    if (!entry || !Array.isArray(size)) return null;
    const band = size[1] ?? ganttRowHeight;
    const system = params.coordSys as unknown as { x: number; width: number };
    if (entry.kind === 'group') {
      const [, y = 0] = api.coord([first, params.dataIndex]);
      const shade: CustomSeriesRenderItemReturn = {
        type: 'rect',
        shape: { x: system.x, y: y - band / 2, width: system.width, height: band },
        style: { fill: '#F2F2F2' },
      };
      if (entry.count > 0) return shade;
      return {
        type: 'group',
        children: [
          shade,
          {
            type: 'text',
            style: {
              text: text.none,
              x: system.x + 8,
              y,
              verticalAlign: 'middle',
              fill: chartColors.text,
              fontSize: 11,
            },
          },
        ],
      };
    }
    const [x1 = 0, y = 0] = api.coord([dateValue(entry.row.start), params.dataIndex]);
    const [x2 = 0] = api.coord([dateValue(entry.row.end) + day, params.dataIndex]);
    return {
      type: 'rect',
      shape: { x: x1, y: y - band * 0.3, width: Math.max(3, x2 - x1), height: band * 0.6 },
      style: { fill: entry.colour },
    };
  };

  // A line's label is centred on it, or ends at it near the right edge (starts near the left).
  const align = (date: string): 'left' | 'center' | 'right' => {
    const at = (dateValue(date) - first + pad) / (last - first + 2 * pad);
    return at > 0.7 ? 'right' : at < 0.3 ? 'left' : 'center';
  };
  const markLines = [
    {
      xAxis: dateValue(input.today),
      name: text.today,
      lineStyle: { color: chartColors.text, type: 'solid' as const, width: 1.5 },
      label: { formatter: `${text.today} ${input.today}`, distance: 4, align: align(input.today) },
    },
    ...(input.horizon
      ? [
          {
            xAxis: dateValue(input.horizon.date),
            name: input.horizon.label,
            lineStyle: { color: chartColors.target, type: 'dashed' as const, width: 1.5 },
            label: {
              formatter: `${input.horizon.label} ${input.horizon.date}`,
              distance: 20,
              align: align(input.horizon.date),
            },
          },
        ]
      : []),
  ];

  const items = entries
    .filter((e): e is Extract<Entry, { kind: 'group' }> => e.kind === 'group')
    .map((g) => {
      const rows = entries.filter(
        (e): e is Extract<Entry, { kind: 'row' }> => e.kind === 'row' && e.row.group === g.group.id,
      );
      const list = rows.map(
        ({ row }) => `${row.label} (${span(row)}${row.quickWin ? `, ${text.quickWin}` : ''})`,
      );
      return `${g.group.label}: ${list.length > 0 ? list.join(', ') : text.none}`;
    });
  const lines = [
    `${text.today} ${input.today}`,
    ...(input.horizon ? [`${input.horizon.label} ${input.horizon.date}`] : []),
  ];

  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: text.description.replace(
          '{items}',
          `${items.join('; ')}. ${lines.join('; ')}.`,
        ),
      },
    },
    title: {
      left: 8,
      bottom: 4,
      text: input.horizon ? `${text.legend}${text.gap}│ - - ${input.horizon.label}` : text.legend,
      textStyle: { color: chartColors.text, fontSize: 12, fontWeight: 'normal' },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const one = Array.isArray(params) ? params[0] : params;
        const entry = entries[one?.dataIndex ?? -1];
        if (!entry || entry.kind !== 'row') return '';
        const group = entries.find((e) => e.kind === 'group' && e.group.id === entry.row.group) as
          Extract<Entry, { kind: 'group' }> | undefined;
        return [
          `<strong>${escapeHtml(entry.row.label)}</strong>`,
          escapeHtml(group?.group.label ?? entry.row.group),
          escapeHtml(span(entry.row)),
          ...(entry.row.quickWin ? [`★ ${escapeHtml(text.quickWin)}`] : []),
        ].join('<br>');
      },
    },
    grid: { left: labelWidth + 8, right: 48, top: topMargin, bottom: bottomMargin },
    xAxis: {
      type: 'time',
      position: 'bottom',
      min: first - pad,
      max: last + pad,
      axisLabel: {
        color: chartColors.text,
        fontSize: 11,
        formatter: '{yyyy}-{MM}',
        hideOverlap: true,
      },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      splitLine: {
        show: true,
        lineStyle: { color: chartColors.gridLine, width: 0.5, type: 'dashed' },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: entries.map((e) =>
        e.kind === 'group'
          ? { value: e.group.label, textStyle: { fontWeight: 'bold' } }
          : { value: named(e.row) },
      ),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 12,
        width: labelWidth - 8,
        overflow: 'truncate',
      },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [0, 1], y: 2 },
        data: entries.map((e, i) =>
          e.kind === 'group'
            ? [first, first, i]
            : [dateValue(e.row.start), dateValue(e.row.end) + day, i],
        ),
        markLine: {
          symbol: 'none',
          silent: true,
          label: { color: chartColors.text, fontSize: 11, position: 'start' },
          data: markLines,
        },
      },
    ],
  };
}
