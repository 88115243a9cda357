import { indexMaturityModel, loadBundledPacks, type ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CharacteristicTrendPoint,
  Cycle,
  Cycles,
  RollupTrendPoint,
  TrendPoint,
} from '../../api/cycles.js';
import {
  changeOf,
  cycleLabels,
  dimensionPanels,
  levelStep,
  trendChartInput,
  trendRows,
} from './trend-logic.js';

let model: ModelIndex;
beforeAll(async () => {
  model = indexMaturityModel((await loadBundledPacks()).mmssc);
});

const point = (
  current: number | null,
  target: number | null,
  change: { current: number | null; target: number | null } | null = null,
  flags: TrendPoint['flags'] = [],
): CharacteristicTrendPoint & RollupTrendPoint => ({
  assessmentId: 'a',
  date: '2024-03-01',
  provisional: false,
  current,
  target,
  change: change && { since: 'b', leftOut: [], ...change },
  flags,
  basis: 'ratings',
  rated: { current: 32, target: 32, of: 32 },
});

const cycle = (id: string, date: string, provisional = false): Cycle => ({
  assessmentId: id,
  date,
  status: provisional ? 'draft' : 'submitted',
  provisional,
  model: { id: 'mmssc', version: '1.0.0' },
  title: id,
  method: 'single-stakeholder',
  submittedAt: null,
  audited: false,
  respondents: 1,
  overall: { current: 2, target: 3, gap: 1, rated: { current: 32, target: 32, of: 32 } },
  dimensions: {},
  rollupGroups: {},
  elapsed: null,
});

/** Two cycles: every series has the same two points, 1.1.1 has no current level in the second. */
function twoCycles(): Cycles {
  const series = [point(2, 3), point(3, 4, { current: 1, target: 1 })];
  const all = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, series]));
  return {
    includeDrafts: false,
    cycles: [cycle('a', '2022-03-01'), cycle('b', '2024-03-01', true)],
    trend: {
      characteristics: {
        ...all(model.characteristics.map((c) => c.id)),
        '1.1.1': [point(2, 3), point(null, 4)],
      },
      subdimensions: all(model.pack.dimensions.flatMap((d) => d.subdimensions.map((s) => s.id))),
      dimensions: all(model.pack.dimensions.map((d) => d.id)),
      rollupGroups: {},
      overall: series,
    },
    unscorable: [],
  };
}

describe('changeOf', () => {
  it('names a rise, a fall and no change, with its size', () => {
    expect([
      changeOf(point(3, 4, { current: 1, target: 0 }), 'current'),
      changeOf(point(3, 4, { current: 1, target: -0.5 }), 'target'),
      changeOf(point(3, 4, { current: 0.04, target: 0 }), 'current'),
    ]).toEqual([
      { direction: 'up', delta: 1 },
      { direction: 'down', delta: -0.5 },
      { direction: 'same', delta: 0 },
    ]);
  });

  it('has none for the first cycle or where a level is missing', () => {
    expect([
      changeOf(point(3, 4), 'current').direction,
      changeOf(point(null, 4, { current: null, target: 1 }), 'current').direction,
    ]).toEqual(['none', 'none']);
  });
});

describe('cycleLabels', () => {
  it('writes month and year in the language', () => {
    expect([cycleLabels(['2022-03-01'], 'en'), cycleLabels(['2022-03-01'], 'zh')]).toEqual([
      ['Mar 2022'],
      ['2022年3月'],
    ]);
  });

  it('writes full dates when two cycles fall in the same month', () => {
    expect(cycleLabels(['2022-03-01', '2022-03-20'], 'en')).toEqual(['1 Mar 2022', '20 Mar 2022']);
  });
});

describe('trendRows', () => {
  it('lists each dimension, its sub-dimensions and their characteristics in model order', () => {
    const rows = trendRows(twoCycles(), model, 'en');
    expect(rows.slice(0, 4).map((r) => [r.kind, r.id, r.format])).toEqual([
      ['dimension', '1', 'rollup'],
      ['subdimension', '1.1', 'rollup'],
      ['characteristic', '1.1.1', 'median'],
      ['characteristic', '1.1.2', 'median'],
    ]);
  });

  it('shows a purpose that is its own sub-dimension once, as the characteristic', () => {
    const rows = trendRows(twoCycles(), model, 'zh').filter((r) => r.id === '4.1');
    expect(rows.map((r) => [r.kind, r.format, r.points[1]?.current])).toEqual([
      ['subdimension', 'median', 3],
    ]);
  });

  it('has a row for every dimension, sub-dimension with several characteristics, and characteristic', () => {
    const subdimensions = model.pack.dimensions.flatMap((d) => d.subdimensions);
    const merged = subdimensions.filter(
      (s) => s.characteristics.length === 1 && s.characteristics[0]?.id === s.id,
    ).length;
    expect(trendRows(twoCycles(), model, 'en')).toHaveLength(
      model.pack.dimensions.length + subdimensions.length - merged + model.characteristics.length,
    );
  });
});

describe('trendChartInput', () => {
  it('gives the chart the labelled cycles, provisional ones marked, and one panel per series', () => {
    const data = twoCycles();
    const input = trendChartInput(data, dimensionPanels(data, model, 'en'), model, 'en');
    expect([
      input.cycles,
      input.panels.map((p) => p.title.split(' ')[0]),
      input.panels[0]?.levels,
      input.top,
    ]).toEqual([
      [
        { label: 'Mar 2022', provisional: false },
        { label: 'Mar 2024', provisional: true },
      ],
      ['1', '2', '3', '4'],
      [
        { current: 2, target: 3 },
        { current: 3, target: 4 },
      ],
      5,
    ]);
  });
});

describe('levelStep', () => {
  it('rounds a level to the shading step 1–5, 0 when there is none', () => {
    expect([null, 1, 2.4, 2.5, 5].map(levelStep)).toEqual([0, 1, 2, 3, 5]);
  });
});
