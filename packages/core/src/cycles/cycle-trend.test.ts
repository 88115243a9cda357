import { describe, expect, it } from 'vitest';
import { revisedModel, scoredCycle } from '../test-support/cycles.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { cycleTrend } from './cycle-trend.js';

const model = tinyModel();

// Three cycles of the tiny model, one respondent each (so every official level is the rating).
const a = scoredCycle(model, 'A', '2022-03-01', {
  '1.1.1': [1, 3],
  '1.1.2': [2, 2],
  '1.2.1': [2, 3],
  '2.1': [1, 2],
});
const b = scoredCycle(model, 'B', '2024-03-01', {
  '1.1.1': [2, 4],
  '1.1.2': [2, 3],
  '1.2.1': [3, 3],
  '2.1': ['unknown', 3],
});
const c = scoredCycle(model, 'C', '2026-03-01', {
  '1.1.1': [3, 4],
  '1.1.2': [1, 3],
  '1.2.1': [3, 4],
  '2.1': [2, 3],
});

const levels = (points: { current: number | null; target: number | null }[]) =>
  points.map((p) => [p.current, p.target]);
const changes = (points: { change: { current: number | null; target: number | null } | null }[]) =>
  points.map((p) => (p.change ? [p.change.current, p.change.target] : null));

describe('cycleTrend', () => {
  const trend = cycleTrend([c, a, b]);

  it('orders the cycles by date, oldest first', () => {
    expect(trend.cycles.map((x) => [x.assessmentId, x.date])).toEqual([
      ['A', '2022-03-01'],
      ['B', '2024-03-01'],
      ['C', '2026-03-01'],
    ]);
  });

  it("gives a characteristic's official levels in every cycle and the change since the previous one", () => {
    expect(levels(trend.characteristics['1.1.1'] ?? [])).toEqual([
      [1, 3],
      [2, 4],
      [3, 4],
    ]);
    expect(changes(trend.characteristics['1.1.1'] ?? [])).toEqual([null, [1, 1], [1, 0]]);
  });

  it('has no change where a cycle has no level ("don\'t know")', () => {
    expect(levels(trend.characteristics['2.1'] ?? [])).toEqual([
      [1, 2],
      [null, 3],
      [2, 3],
    ]);
    expect(changes(trend.characteristics['2.1'] ?? [])).toEqual([null, [null, 1], [null, 0]]);
  });

  it('rolls up each cycle by the roll-up rule (mean of the official levels, one decimal)', () => {
    expect(levels(trend.subdimensions['1.1'] ?? [])).toEqual([
      [1.5, 2.5],
      [2, 3.5],
      [2, 3.5],
    ]);
    expect(levels(trend.dimensions['1'] ?? [])).toEqual([
      [1.7, 2.7],
      [2.3, 3.3],
      [2.3, 3.7],
    ]);
    expect(levels(trend.overall)).toEqual([
      [1.5, 2.5],
      [2.3, 3.3],
      [2.3, 3.5],
    ]);
  });

  it('gives the change of a roll-up as the difference of the two roll-ups', () => {
    expect(changes(trend.dimensions['1'] ?? [])).toEqual([null, [0.6, 0.6], [0, 0.4]]);
    expect(changes(trend.overall)).toEqual([null, [0.8, 0.8], [0, 0.2]]);
    expect(changes(trend.rollupGroups.purposes ?? [])).toEqual([null, [null, 1], [null, 0]]);
  });

  it('names the cycle each change is measured from', () => {
    expect((trend.overall[2]?.change ?? { since: '' }).since).toBe('B');
  });

  it('leaves drafts out unless asked for, and then flags them provisional', () => {
    const draft = scoredCycle(model, 'D', '2025-01-01', { '1.1.1': [5, 5] }, { status: 'draft' });
    expect(cycleTrend([a, draft, c]).cycles.map((x) => x.assessmentId)).toEqual(['A', 'C']);
    const withDrafts = cycleTrend([a, draft, c], { includeDrafts: true });
    expect(withDrafts.cycles.map((x) => [x.assessmentId, x.provisional])).toEqual([
      ['A', false],
      ['D', true],
      ['C', false],
    ]);
    expect(withDrafts.characteristics['1.1.1']?.map((p) => p.provisional)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('says over how many characteristics of how many each roll-up of a cycle is taken', () => {
    // B: 2.1 is "don't know" for the current level, so the overall current mean is over 3 of 4.
    expect(trend.overall.map((p) => p.rated)).toEqual([
      { current: 4, target: 4, of: 4 },
      { current: 3, target: 4, of: 4 },
      { current: 4, target: 4, of: 4 },
    ]);
    expect(trend.dimensions['2']?.[1]?.rated).toEqual({ current: 0, target: 1, of: 1 });
  });

  it('uses the consensus of a workshop as the official level, and says so', () => {
    const workshop = scoredCycle(
      model,
      'W',
      '2028-03-01',
      [{ '1.1.1': [1, 2] }, { '1.1.1': [2, 3] }],
      { consensus: { '1.1.1': { current: 4, target: 5 } } },
    );
    const points = cycleTrend([c, workshop]).characteristics['1.1.1'] ?? [];
    expect(points.map((p) => [p.current, p.target, p.basis])).toEqual([
      [3, 4, 'ratings'],
      [4, 5, 'consensus'],
    ]);
  });

  it('gives an empty trend without cycles', () => {
    expect(cycleTrend([])).toEqual({
      cycles: [],
      characteristics: {},
      subdimensions: {},
      dimensions: {},
      rollupGroups: {},
      overall: [],
    });
  });
});

describe('cycleTrend across model versions', () => {
  const revised = revisedModel(model, '1.1.2', { id: '1.2.2', subdimension: '1.2' });
  const d = scoredCycle(revised, 'D', '2028-03-01', {
    '1.1.1': [4, 5],
    '1.2.1': [3, 4],
    '1.2.2': [2, 3],
    '2.1': [2, 3],
  });
  const trend = cycleTrend([c, d]);

  it('records the model version of every cycle', () => {
    expect(trend.cycles.map((x) => x.model)).toEqual([
      { id: 'tiny', version: '0.1.0' },
      { id: 'tiny', version: '9.0.0' },
    ]);
  });

  it('flags a characteristic the new model dropped, without levels or change', () => {
    const point = trend.characteristics['1.1.2']?.[1];
    expect([point?.current, point?.change, point?.flags]).toEqual([
      null,
      null,
      ['not-in-model', 'model-changed'],
    ]);
  });

  it('flags a characteristic the new model added, without change', () => {
    expect(trend.characteristics['1.2.2']?.map((p) => [p.current, p.change, p.flags])).toEqual([
      [null, null, ['not-in-model']],
      [2, null, ['model-changed', 'not-in-previous-model']],
    ]);
  });

  it('compares a characteristic both models have as usual, flagging the model change', () => {
    const point = trend.characteristics['1.1.1']?.[1];
    expect([point?.change?.current, point?.flags]).toEqual([1, ['model-changed']]);
  });

  it("counts a roll-up over the characteristics its own cycle's model has in it", () => {
    expect(trend.subdimensions['1.2']?.map((p) => p.rated)).toEqual([
      { current: 1, target: 1, of: 1 },
      { current: 2, target: 2, of: 2 },
    ]);
  });

  it('compares a roll-up over the characteristics both models have in it and lists the others', () => {
    const sub11 = trend.subdimensions['1.1']?.[1];
    // 1.1 is now 1.1.1 alone (4); before, over 1.1.1 alone, it was 3.
    expect([sub11?.current, sub11?.change?.current, sub11?.change?.leftOut, sub11?.flags]).toEqual([
      4,
      1,
      ['1.1.2'],
      ['model-changed', 'common-characteristics-only'],
    ]);
    const sub12 = trend.subdimensions['1.2']?.[1];
    // 1.2 is now (3 + 2) / 2 = 2.5; over 1.2.1, both cycles have 3: no change.
    expect([sub12?.current, sub12?.change?.current, sub12?.change?.leftOut]).toEqual([
      2.5,
      0,
      ['1.2.2'],
    ]);
  });
});
