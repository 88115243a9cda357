import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cycleChartExtensions } from './cycle-extensions.js';
import {
  trendChartOption,
  trendChartSize,
  trendTwoColumnWidth,
  type TrendChartInput,
  type TrendPanel,
} from './trend-chart-option.js';

const overall: TrendPanel = {
  title: 'Overall',
  levels: [
    { current: 2, target: 3 },
    { current: 2.9, target: 3.9 },
    { current: null, target: 4 },
  ],
};

const input: TrendChartInput = {
  cycles: [
    { label: '2022-03-01', provisional: false },
    { label: '2024-03-01', provisional: false },
    { label: '2026-11-01', provisional: true },
  ],
  panels: [overall],
  top: 5,
};

interface Point {
  value: number | string;
  symbol: string;
}

describe('trendChartSize', () => {
  it('puts several panels side by side in two columns on a wide drawing', () => {
    expect(trendChartSize(4, trendTwoColumnWidth).columns).toBe(2);
  });

  it('stacks the panels in one column on a narrow drawing, growing in height', () => {
    const narrow = trendChartSize(4, trendTwoColumnWidth - 1);
    expect([narrow.columns, narrow.height > trendChartSize(4, 900).height]).toEqual([1, true]);
  });
});

describe('trendChartOption', () => {
  it('draws the current level solid and the target dashed in every panel', () => {
    const series = trendChartOption(input, 'en').series as {
      name: string;
      lineStyle: { type: string };
    }[];
    expect(series.map((s) => [s.name, s.lineStyle.type])).toEqual([
      ['Current level', 'solid'],
      ['Planned in 2 years', 'dashed'],
    ]);
  });

  it('breaks the line where a level is missing and draws provisional cycles hollow', () => {
    const series = trendChartOption(input, 'en').series as { data: Point[] }[];
    expect(series[0]?.data.map((p) => [p.value, p.symbol])).toEqual([
      [2, 'circle'],
      [2.9, 'circle'],
      ['-', 'emptyCircle'],
    ]);
  });

  it('marks the provisional cycle under its label', () => {
    const x = trendChartOption(input, 'zh').xAxis as { data: string[] }[];
    expect(x[0]?.data).toEqual(['2022-03-01', '2024-03-01', '2026-11-01\n(临时)']);
  });

  it('describes every value in words for screen readers', () => {
    const aria = trendChartOption(input, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain(
      'Overall: 2022-03-01 2 → 3, 2024-03-01 2.9 → 3.9, 2026-11-01 (provisional) not rated → 4',
    );
  });

  it('gives each panel its own grid, axes and pair of series', () => {
    const option = trendChartOption(
      { ...input, panels: [overall, { ...overall, title: 'Dimension 1' }] },
      'en',
      { width: 900 },
    );
    const series = option.series as { xAxisIndex: number }[];
    expect([
      (option.grid as unknown[]).length,
      (option.yAxis as unknown[]).length,
      series.map((s) => s.xAxisIndex),
    ]).toEqual([2, 2, [0, 0, 1, 1]]);
  });

  it('renders to SVG with the line chart registered', () => {
    use(cycleChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 300 });
    chart.setOption(trendChartOption(input, 'en'));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('2.9'), svg.includes('stroke-dasharray')]).toEqual([true, true]);
  });
});
