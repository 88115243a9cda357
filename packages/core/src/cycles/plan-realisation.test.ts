import { describe, expect, it } from 'vitest';
import { revisedModel, scoredCycle } from '../test-support/cycles.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import {
  elapsedBetween,
  planComparisonRefusal,
  planRealisation,
  previousCycleOf,
  realisationStatus,
  type RealisationLevels,
} from './plan-realisation.js';

const model = tinyModel();

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

describe('realisationStatus', () => {
  const cases: [RealisationLevels, string, string?][] = [
    [{ previousCurrent: 2, previousTarget: 4, current: 4 }, 'reached'],
    [{ previousCurrent: 2, previousTarget: 4, current: 5 }, 'reached'],
    [{ previousCurrent: 2, previousTarget: 4, current: 3 }, 'partly'],
    [{ previousCurrent: 2.5, previousTarget: 4, current: 3 }, 'partly'],
    [{ previousCurrent: 2, previousTarget: 4, current: 2 }, 'not-reached'],
    [{ previousCurrent: 2, previousTarget: 4, current: 1 }, 'fell-back'],
    [{ previousCurrent: 3, previousTarget: 2, current: 1 }, 'fell-back'],
    [{ previousCurrent: 2, previousTarget: null, current: 1 }, 'fell-back'],
    [{ previousCurrent: 2, previousTarget: 2, current: 3 }, 'no-plan'],
    [{ previousCurrent: 3, previousTarget: 2, current: 3 }, 'no-plan'],
    [{ previousCurrent: 2, previousTarget: null, current: 3 }, 'no-plan'],
    [{ previousCurrent: null, previousTarget: null, current: 3 }, 'no-plan'],
    [{ previousCurrent: null, previousTarget: 4, current: 3 }, 'unknown', 'no-previous-current'],
    [{ previousCurrent: 2, previousTarget: 4, current: null }, 'unknown', 'no-current'],
  ];
  it.each(cases)('%o → %s', (levels, status, reason) => {
    expect(realisationStatus(levels)).toEqual(reason ? { status, reason } : { status });
  });
});

describe('planRealisation', () => {
  const ab = planRealisation(a, b);
  const byId = (r: typeof ab) => new Map(r.characteristics.map((x) => [x.characteristicId, x]));

  it('judges each characteristic of the current model against the previous plan', () => {
    expect(ab.characteristics.map((x) => [x.characteristicId, x.status])).toEqual([
      ['1.1.1', 'partly'],
      ['1.1.2', 'no-plan'],
      ['1.2.1', 'reached'],
      ['2.1', 'unknown'],
    ]);
    expect(byId(ab).get('2.1')?.reason).toBe('no-current');
  });

  it('gives the planned and achieved rises and the shortfall', () => {
    const x = byId(ab).get('1.1.1');
    expect([x?.previous, x?.now, x?.plannedRise, x?.achievedRise, x?.shortfall]).toEqual([
      { current: 1, target: 3 },
      { current: 2, target: 4 },
      2,
      1,
      1,
    ]);
    expect(byId(ab).get('1.2.1')?.shortfall).toBeNull();
  });

  it('counts the statuses overall and per dimension', () => {
    expect(ab.counts).toEqual({
      reached: 1,
      partly: 1,
      'not-reached': 0,
      'fell-back': 0,
      'no-plan': 1,
      unknown: 1,
    });
    expect(ab.byDimension['1']).toMatchObject({ reached: 1, partly: 1, 'no-plan': 1, unknown: 0 });
    expect(ab.byDimension['2']).toMatchObject({ reached: 0, unknown: 1 });
  });

  it('lists the improvements planned and not reached, the largest shortfall first', () => {
    const bc = planRealisation(b, c);
    expect(bc.notReached.map((x) => [x.characteristicId, x.status, x.shortfall])).toEqual([
      ['1.1.2', 'fell-back', 2],
      ['1.1.1', 'partly', 1],
    ]);
    expect(byId(bc).get('2.1')).toMatchObject({ status: 'unknown', reason: 'no-previous-current' });
  });

  it('says how much time passed between the cycles against the two-year plan', () => {
    expect(ab.elapsed).toEqual({ days: 731, months: 24, flag: 'as-planned' });
  });

  it('names both cycles', () => {
    expect([ab.previous.assessmentId, ab.current.assessmentId]).toEqual(['A', 'B']);
  });

  it('marks characteristics the previous model did not have as unknown and lists the dropped ones', () => {
    const revised = revisedModel(model, '1.1.2', { id: '1.2.2', subdimension: '1.2' });
    const d = scoredCycle(revised, 'D', '2028-03-01', {
      '1.1.1': [4, 5],
      '1.2.1': [3, 4],
      '1.2.2': [2, 3],
      '2.1': [2, 3],
    });
    const cd = planRealisation(c, d);
    expect(byId(cd).get('1.2.2')).toMatchObject({
      status: 'unknown',
      reason: 'not-in-previous-model',
    });
    expect(cd.notCompared).toEqual(['1.1.2']);
  });
});

describe('elapsedBetween', () => {
  it('flags a cycle much shorter than two years', () => {
    expect(elapsedBetween('2024-03-01', '2025-01-01')).toEqual({
      days: 306,
      months: 10.1,
      flag: 'shorter',
    });
  });

  it('flags a cycle much longer than two years', () => {
    expect(elapsedBetween('2022-01-01', '2025-06-01').flag).toBe('longer');
  });

  it('counts 18 to 30 months as the two years of the plan', () => {
    expect(
      [
        ['2024-01-01', '2025-07-01'],
        ['2024-01-01', '2026-07-01'],
      ].map(([from = '', to = '']) => elapsedBetween(from, to).flag),
    ).toEqual(['as-planned', 'as-planned']);
  });
});

describe('previousCycleOf', () => {
  const draft = scoredCycle(model, 'D', '2025-01-01', {}, { status: 'draft' });
  const cycles = [c, draft, a, b];

  it('is the submitted assessment just before it by date', () => {
    expect(previousCycleOf(cycles, 'C')?.assessmentId).toBe('B');
    expect(previousCycleOf(cycles, 'B')?.assessmentId).toBe('A');
  });

  it('is a draft only when drafts are asked for', () => {
    expect(previousCycleOf(cycles, 'C', { includeDrafts: true })?.assessmentId).toBe('D');
  });

  it('compares a draft with the last submitted assessment before it', () => {
    expect(previousCycleOf(cycles, 'D')?.assessmentId).toBe('B');
  });

  it('is undefined for the first cycle and for an unknown assessment', () => {
    expect([previousCycleOf(cycles, 'A'), previousCycleOf(cycles, 'X')]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('planComparisonRefusal', () => {
  it('refuses to compare an assessment with itself or with a later one', () => {
    expect([
      planComparisonRefusal(a, a),
      planComparisonRefusal(b, a),
      planComparisonRefusal(a, b),
    ]).toEqual(['same-assessment', 'previous-not-earlier', null]);
  });
});
