import type { ModelIndex } from '@citymaturity/model';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestedChartSize, type ChartKind } from './chart-input.js';
import { chartExtensions } from './extensions.js';
import { gapChartOption } from './gap-chart-option.js';
import { maturityMatrixOption } from './maturity-matrix-option.js';
import { radarChartOption } from './radar-chart-option.js';
import { bundledModel, scoreOf } from './test-support/scores.js';

let model: ModelIndex;
beforeAll(async () => {
  model = await bundledModel();
  use(chartExtensions);
});

/** Renders an option with ECharts' server-side SVG renderer, as the PDF report does. */
function render(kind: ChartKind, option: EChartsCoreOption): string {
  const chart = init(null, null, {
    renderer: 'svg',
    ssr: true,
    ...suggestedChartSize(kind, model),
  });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

// Two respondents: 1.1.1 current 2 and 3 (median 2.5), target 4.
const ratings = [
  { ratings: { '1.1.1': [2, 4] as const } },
  { ratings: { '1.1.1': [3, 4] as const } },
];

describe('rendering with chartExtensions (server-side SVG)', () => {
  it('draws the radar with its localized axis names and legend', () => {
    const svg = render('radar', radarChartOption(scoreOf(model, ratings), model, 'zh'));
    expect([svg.includes('1.1 城市愿景'), svg.includes('规划2年后的水平')]).toEqual([true, true]);
  });

  it('draws the matrix cells with their symbols, a half-level cell included', () => {
    const svg = render(
      'maturityMatrix',
      maturityMatrixOption(scoreOf(model, ratings), model, 'en'),
    );
    expect([svg.includes('>◐<'), svg.includes('>●<'), svg.includes('5 Continuously')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('draws the gap bars with their figures', () => {
    const svg = render('gap', gapChartOption(scoreOf(model, ratings), model, 'en'));
    expect([svg.includes('2.5 → 4'), svg.includes('#D55E00')]).toEqual([true, true]);
  });
});
