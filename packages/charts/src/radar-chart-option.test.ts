import type { ModelIndex } from '@citymaturity/model';
import type { RadarSeriesOption } from 'echarts/charts';
import type { RadarComponentOption } from 'echarts/components';
import { beforeAll, describe, expect, it } from 'vitest';
import { radarChartOption, type RadarChartOption } from './radar-chart-option.js';
import { bundledModel, scoreOf } from './test-support/scores.js';

let model: ModelIndex;
beforeAll(async () => {
  model = await bundledModel();
});

const radarOf = (option: RadarChartOption) => option.radar as RadarComponentOption;
const seriesOf = (option: RadarChartOption) => option.series as RadarSeriesOption[];

describe('radarChartOption', () => {
  it('has one axis per sub-dimension, in model order, named in the chosen language, from 0 to 5', () => {
    const indicator = radarOf(radarChartOption(scoreOf(model, [{}]), model, 'zh')).indicator ?? [];
    expect(indicator.map((i) => [i.name?.replace(/\n/g, ''), i.min, i.max]).slice(0, 2)).toEqual([
      ['1.1 城市愿景', 0, 5],
      ['1.2 领导作用和治理', 0, 5],
    ]);
  });

  it('covers the 17 sub-dimensions of MMSSC', () => {
    expect(radarOf(radarChartOption(scoreOf(model, [{}]), model, 'en')).indicator).toHaveLength(17);
  });

  it('plots the current and target sub-dimension roll-ups as two series', () => {
    const score = scoreOf(model, [
      { ratings: { '1.1.1': [4, 5], '1.1.2': [1, 2] }, fallback: [2, 3] },
    ]);
    const values = seriesOf(radarChartOption(score, model, 'en')).map(
      (s) => (s.data?.[0] as { value: number[] }).value[0],
    );
    expect(values).toEqual([
      score.subdimensions['1.1']?.current,
      score.subdimensions['1.1']?.target,
    ]);
  });

  it('names the series in the chosen language', () => {
    expect(
      seriesOf(radarChartOption(scoreOf(model, [{}]), model, 'zh')).map((s) => s.name),
    ).toEqual(['现在水平', '规划2年后的水平']);
  });

  it('tells the series apart by line style and symbol as well as colour', () => {
    const [current, target] = seriesOf(radarChartOption(scoreOf(model, [{}]), model, 'en'));
    expect([
      current?.lineStyle?.type,
      current?.symbol,
      target?.lineStyle?.type,
      target?.symbol,
    ]).toEqual(['solid', 'circle', 'dashed', 'triangle']);
  });

  it('describes a sub-dimension nobody rated as not rated in the accessible description', () => {
    const score = scoreOf(model, [
      { ratings: { '2.3.1': ['unknown', 'unknown'], '2.3.2': ['unknown', 'unknown'] } },
    ]);
    const aria = radarChartOption(score, model, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain('2.3 Channels and access: not rated → not rated');
  });
});
