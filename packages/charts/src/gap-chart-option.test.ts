import type { ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { gapChartOption, gapRows } from './gap-chart-option.js';
import { bundledModel, scoreOf } from './test-support/scores.js';

let model: ModelIndex;
beforeAll(async () => {
  model = await bundledModel();
});

interface BarData {
  value: number;
  label: { formatter: string };
}

describe('gapRows', () => {
  it('stacks the planned rise on the current median', () => {
    const row = gapRows(scoreOf(model, [{ ratings: { '1.1.1': [2, 4] } }]), model, 'en')[0];
    expect(row).toMatchObject({ id: '1.1.1', base: 2, rise: 2, decline: 0, summary: '2 → 4' });
  });

  it('shows a planned decline as a segment from the target up to the current median', () => {
    const row = gapRows(scoreOf(model, [{ ratings: { '1.1.1': [4, 3] } }]), model, 'en')[0];
    expect(row).toMatchObject({ base: 3, decline: 1, rise: 0, summary: '4 → 3' });
  });

  it('names a characteristic nobody rated as not rated', () => {
    const row = gapRows(
      scoreOf(model, [{ ratings: { '1.1.1': ['unknown', 'unknown'] } }]),
      model,
      'zh',
    )[0];
    expect(row).toMatchObject({ base: 0, rise: 0, summary: '未评级' });
  });

  it('keeps model order', () => {
    expect(
      gapRows(scoreOf(model, [{}]), model, 'en')
        .map((r) => r.id)
        .slice(-2),
    ).toEqual(['4.5', '4.6']);
  });
});

describe('gapChartOption', () => {
  it('stacks current and planned rise, labelling every bar with its figures', () => {
    const option = gapChartOption(scoreOf(model, [{ ratings: { '1.1.1': [2, 4] } }]), model, 'en');
    const series = option.series as { name: string; stack: string; data: unknown[] }[];
    const rise = series[1]?.data[0] as BarData;
    expect([series.map((s) => [s.name, s.stack]), rise.value, rise.label.formatter]).toEqual([
      [
        ['Current level', 'level'],
        ['Planned rise', 'level'],
      ],
      2,
      '2 → 4',
    ]);
  });

  it('adds a planned-decline series only when some target is below its current level', () => {
    const option = gapChartOption(scoreOf(model, [{ ratings: { '1.1.1': [4, 3] } }]), model, 'zh');
    expect((option.series as { name: string }[]).map((s) => s.name)).toEqual([
      '现在水平',
      '规划下降',
      '规划提升',
    ]);
  });

  it('runs the level axis from 0 to the top level', () => {
    const x = gapChartOption(scoreOf(model, [{}]), model, 'en').xAxis as {
      min: number;
      max: number;
    };
    expect([x.min, x.max]).toEqual([0, 5]);
  });
});
