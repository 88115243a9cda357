import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cellGridChartExtensions } from './cell-grid-extensions.js';
import { textColourOn } from './cell-grid-option.js';
import { contrastRatio } from './palette.js';
import { ragFills, ragTrendOption, ragTrendSize, type RagTrendInput } from './rag-trend-option.js';

const input: RagTrendInput = {
  dates: ['2026-01-10', '2026-04-10'],
  rows: [
    { label: '1 Strategic clarity', ratings: ['red', 'amber'] },
    { label: '2 Leadership', ratings: [null, 'green'] },
  ],
};

describe('ragTrendOption', () => {
  it('puts the factors in rows and the review dates in columns', () => {
    const option = ragTrendOption(input, 'en');
    expect([
      (option.yAxis as { data: string[] }).data,
      (option.xAxis as { data: string[] }).data,
    ]).toEqual([
      ['1 Strategic clarity', '2 Leadership'],
      ['2026-01-10', '2026-04-10'],
    ]);
  });

  it('describes every rating in words, "not rated" included', () => {
    const aria = ragTrendOption(input, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain(
      '1 Strategic clarity: 2026-01-10 red (not met), 2026-04-10 amber (partly met); 2 Leadership: 2026-01-10 not rated, 2026-04-10 green (met)',
    );
  });

  it('writes each letter on its fill at 4.5:1 or more', () => {
    expect(Object.values(ragFills).every((f) => contrastRatio(textColourOn(f), f) >= 4.5)).toBe(
      true,
    );
  });

  it('writes the letters in the cells, not colour alone (红 黄 绿 in Chinese)', () => {
    use(cellGridChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...ragTrendSize(input, 600) });
    chart.setOption(ragTrendOption(input, 'zh', { width: 600 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(['>红<', '>黄<', '>绿<', '>–<'].map((t) => svg.includes(t))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
