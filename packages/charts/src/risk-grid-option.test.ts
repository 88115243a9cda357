import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cellGridChartExtensions } from './cell-grid-extensions.js';
import { textColourOn } from './cell-grid-option.js';
import { contrastRatio } from './palette.js';
import {
  defaultRiskBands,
  riskBandFills,
  riskBandOf,
  riskGridOption,
  riskGridSize,
} from './risk-grid-option.js';

const input = {
  cells: [
    { likelihood: 4, impact: 3, count: 2 },
    { likelihood: 5, impact: 5, count: 1 },
  ],
};

describe('riskBandOf', () => {
  it('gives every possible score (likelihood × impact, 1–5 each) one default band', () => {
    const scores = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((i) => l * i));
    expect(
      scores.every((s) => defaultRiskBands.filter((b) => s >= b.min && s <= b.max).length === 1),
    ).toBe(true);
  });

  it('puts 4 in low, 9 in medium, 16 in high and 20 in critical', () => {
    expect([4, 9, 16, 20].map((s) => riskBandOf(s)?.id)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
  });
});

describe('riskGridOption', () => {
  it('draws 25 cells, almost certain at the top and severe on the right', () => {
    const option = riskGridOption(input, 'en');
    const series = option.series as { data: number[][] }[];
    expect([
      series[0]?.data.length,
      (option.yAxis as { data: string[] }).data[0],
      (option.xAxis as { data: string[] }).data[4],
    ]).toEqual([25, '5 almost certain', '5 severe']);
  });

  it('describes the bands and the cells that hold risks', () => {
    const aria = riskGridOption(input, 'en').aria as { label: { description: string } };
    expect([
      aria.label.description.includes('low 1–4, medium 5–9, high 10–19, critical 20–25'),
      aria.label.description.includes(
        'Likelihood 4 likely × Impact 3 moderate = 12 (high): 2 risks',
      ),
      aria.label.description.includes('Likelihood 1 rare'),
    ]).toEqual([true, true, false]);
  });

  it('says so when no risk is registered', () => {
    const aria = riskGridOption({ cells: [] }, 'zh').aria as { label: { description: string } };
    expect(aria.label.description).toContain('没有登记的风险。');
  });

  it('writes text on every band fill at 4.5:1 or more', () => {
    expect(
      Object.values(riskBandFills).every((f) => contrastRatio(textColourOn(f), f) >= 4.5),
    ).toBe(true);
  });

  it('renders the counts and the band names', () => {
    use(cellGridChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...riskGridSize(600) });
    chart.setOption(riskGridOption(input, 'zh', { width: 600 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('>2<'), svg.includes('>极高<'), svg.includes('可能性')]).toEqual([
      true,
      true,
      true,
    ]);
  });
});
