import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { dateValue } from './dates.js';
import { kpiChartExtensions } from './kpi-extensions.js';
import {
  formatKpiValue,
  kpiChartOption,
  kpiChartSize,
  type KpiChartInput,
} from './kpi-chart-option.js';

const input: KpiChartInput = {
  name: 'Services online',
  unit: '%',
  direction: 'increase',
  baseline: { on: '2025-01-01', value: 40 },
  milestones: [
    { on: '2026-01-01', value: 60 },
    { on: '2027-01-01', value: 80 },
  ],
  actuals: [
    { on: '2025-07-01', value: 45 },
    { on: '2026-02-01', value: 52.5 },
  ],
  status: 'off-track',
  today: '2026-05-20',
};

const seriesOf = (option: ReturnType<typeof kpiChartOption>) =>
  option.series as { name: string; data: number[][]; lineStyle: { type: string } }[];

describe('kpiChartOption', () => {
  it('draws the trajectory dashed from the baseline and the actuals solid', () => {
    const series = seriesOf(kpiChartOption(input, 'en'));
    expect(series.map((s) => [s.name, s.lineStyle.type, s.data.length])).toEqual([
      ['Planned trajectory', 'dashed', 3],
      ['Actual', 'solid', 2],
    ]);
    expect(series[0]?.data[0]).toEqual([dateValue('2025-01-01'), 40]);
  });

  it('states the status in words with its mark', () => {
    const title = kpiChartOption(input, 'zh').title as { text: string; subtext: string };
    expect([title.text, title.subtext]).toEqual([
      'Services online (%)',
      '状态: ✗ 偏离轨迹 · 越高越好',
    ]);
  });

  it('describes the plan and every actual value', () => {
    const aria = kpiChartOption(input, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain(
      'Status: off track. Plan: 2025-01-01 40 %, 2026-01-01 60 %, 2027-01-01 80 %. Actual: 2025-07-01 45 %, 2026-02-01 52.5 %.',
    );
  });

  it('says when there is no value yet', () => {
    const aria = kpiChartOption(
      { ...input, baseline: null, milestones: [], actuals: [], status: 'no-data', unit: '' },
      'en',
    ).aria as { label: { description: string } };
    expect(aria.label.description).toContain('Status: no data yet. Plan: none. Actual: none.');
  });

  it('says when values have no trajectory to be judged against', () => {
    const title = kpiChartOption(
      { ...input, baseline: null, milestones: [], status: 'no-trajectory' },
      'en',
    ).title as { subtext: string };
    expect(title.subtext).toBe('Status: ? no trajectory to judge against · higher is better');
  });

  it('formats values per language', () => {
    expect([formatKpiValue(12345.678, 'en'), formatKpiValue(0.5, 'zh')]).toEqual([
      '12,345.68',
      '0.5',
    ]);
  });

  it('renders to SVG with the actual values labelled', () => {
    use(kpiChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...kpiChartSize(600) });
    chart.setOption(kpiChartOption(input, 'en', { width: 600 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([
      svg.includes('52.5'),
      svg.includes('stroke-dasharray'),
      svg.includes('Today 2026-05-20'),
    ]).toEqual([true, true, true]);
  });
});
