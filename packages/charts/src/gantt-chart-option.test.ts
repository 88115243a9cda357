import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { dateValue } from './dates.js';
import { ganttChartExtensions } from './gantt-extensions.js';
import {
  ganttChartOption,
  ganttChartSize,
  ganttGroupColours,
  ganttRowHeight,
  type GanttChartInput,
} from './gantt-chart-option.js';
import { chartColors, contrastRatio } from './palette.js';

const input: GanttChartInput = {
  groups: [
    { id: 'planning', label: '1 Planning' },
    { id: 'initiation', label: '2 Initiation' },
    { id: 'implementation', label: '3 Implementation' },
  ],
  rows: [
    {
      id: 'b',
      label: 'One-stop services',
      group: 'initiation',
      start: '2026-05-01',
      end: '2027-06-30',
      quickWin: false,
    },
    {
      id: 'a',
      label: 'Vision workshops',
      group: 'planning',
      start: '2026-01-05',
      end: '2026-03-31',
      quickWin: false,
    },
    {
      id: 'c',
      label: 'Open data portal',
      group: 'initiation',
      start: '2026-04-01',
      end: '2026-06-30',
      quickWin: true,
    },
  ],
  today: '2026-05-20',
  horizon: { date: '2028-03-01', label: '2-year horizon' },
};

interface MarkLineDatum {
  xAxis: number;
  lineStyle: { type: string };
}

describe('ganttChartOption', () => {
  it("lists each phase's heading, then its initiatives by start date, a star before a quick win", () => {
    const y = ganttChartOption(input, 'en').yAxis as { data: { value: string }[] };
    expect(y.data.map((d) => d.value)).toEqual([
      '1 Planning',
      'Vision workshops',
      '2 Initiation',
      '★ Open data portal',
      'One-stop services',
      '3 Implementation',
    ]);
  });

  it('draws a bar from the start to the end of its last day', () => {
    const series = ganttChartOption(input, 'en').series as { data: number[][] }[];
    expect(series[0]?.data[1]).toEqual([dateValue('2026-01-05'), dateValue('2026-04-01'), 1]);
  });

  it('draws today solid and the horizon dashed', () => {
    const series = ganttChartOption(input, 'en').series as {
      markLine: { data: MarkLineDatum[] };
    }[];
    expect(series[0]?.markLine.data.map((d) => [d.xAxis, d.lineStyle.type])).toEqual([
      [dateValue('2026-05-20'), 'solid'],
      [dateValue('2028-03-01'), 'dashed'],
    ]);
  });

  it('describes every initiative with its dates, quick wins and empty phases in words', () => {
    const aria = ganttChartOption(input, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain(
      '2 Initiation: Open data portal (2026-04-01 to 2026-06-30, quick win), One-stop services (2026-05-01 to 2027-06-30); 3 Implementation: (no initiative yet). Today 2026-05-20; 2-year horizon 2028-03-01.',
    );
  });

  it('takes the groups from the rows when none are given', () => {
    const y = ganttChartOption({ ...input, groups: undefined }, 'en').yAxis as {
      data: { value: string }[];
    };
    expect(y.data[0]?.value).toBe('initiation');
  });

  it('grows one row per initiative and heading', () => {
    expect(ganttChartSize(input).height - ganttChartSize({ ...input, rows: [] }).height).toBe(
      3 * ganttRowHeight,
    );
  });

  it('gives every phase colour at least 3:1 on white', () => {
    expect(ganttGroupColours.every((c) => contrastRatio(c, chartColors.background) >= 3)).toBe(
      true,
    );
  });

  it('renders to SVG with the timeline parts registered', () => {
    use(ganttChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...ganttChartSize(input, 720) });
    chart.setOption(ganttChartOption(input, 'zh', { width: 720 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([
      svg.includes('今天 2026-05-20'),
      svg.includes('（尚无举措）'),
      svg.includes('#0072B2'),
    ]).toEqual([true, true, true]);
  });
});
