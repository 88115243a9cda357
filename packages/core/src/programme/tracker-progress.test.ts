import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyOperatingModel } from '../test-support/tiny-packs.js';
import {
  componentOfRecommendation,
  componentTracker,
  isRecommendationOverdue,
  recommendationStatuses,
  trackerProgress,
  type RecommendationProgressState,
} from './tracker-progress.js';

const today = '2026-06-15';
const state = (
  status: RecommendationProgressState['status'],
  dueOn: string | null = null,
): Pick<RecommendationProgressState, 'status' | 'dueOn'> => ({ status, dueOn });

describe('overdue recommendations', () => {
  it('is overdue when due before today and not done', () => {
    expect(isRecommendationOverdue(state('in-progress', '2026-06-14'), today)).toBe(true);
  });

  it('is not overdue on its due date', () => {
    expect(isRecommendationOverdue(state('not-started', today), today)).toBe(false);
  });

  it('is never overdue when done or not applicable, nor without a due date', () => {
    expect(isRecommendationOverdue(state('done', '2020-01-01'), today)).toBe(false);
    expect(isRecommendationOverdue(state('not-applicable', '2020-01-01'), today)).toBe(false);
    expect(isRecommendationOverdue(state('in-progress'), today)).toBe(false);
  });
});

describe('tracker progress', () => {
  const ids = ['X.a', 'X.b', 'X.c', 'X.d', 'X.e'];

  it('counts a recommendation never recorded as not started', () => {
    expect(trackerProgress(ids, new Map(), today).counts).toEqual({
      'not-started': 5,
      'in-progress': 0,
      done: 0,
      'not-applicable': 0,
    });
  });

  it('gives the share done of the applicable recommendations and the overdue ones', () => {
    const recorded = new Map([
      ['X.a', state('done')],
      ['X.b', state('not-applicable')],
      ['X.c', state('in-progress', '2026-01-31')],
      ['X.d', state('done', '2026-01-31')],
    ]);
    expect(trackerProgress(ids, recorded, today)).toEqual({
      total: 5,
      counts: { 'not-started': 1, 'in-progress': 1, done: 2, 'not-applicable': 1 },
      applicable: 4,
      doneShare: 0.5,
      overdue: ['X.c'],
    });
  });

  it('has no share done when nothing applies', () => {
    const recorded = new Map([['X.a', state('not-applicable')]]);
    expect(trackerProgress(['X.a'], recorded, today).doneShare).toBeNull();
  });

  it('rounds the share done to three decimals', () => {
    const recorded = new Map([['X.a', state('done')]]);
    expect(trackerProgress(['X.a', 'X.b', 'X.c'], recorded, today).doneShare).toBe(0.333);
  });

  it('ignores recorded rows of recommendations not in the list', () => {
    const recorded = new Map([['Y.z', state('done')]]);
    expect(trackerProgress(['X.a'], recorded, today).counts.done).toBe(0);
  });
});

describe('the component tracker of a pack', () => {
  const ops = tinyOperatingModel();

  it('gives every component of the pack and the overall progress', () => {
    const tracker = componentTracker(
      ops,
      [
        { recommendationId: 'V1.a', status: 'done', dueOn: null },
        { recommendationId: 'B2.a', status: 'in-progress', dueOn: '2026-01-01' },
      ],
      today,
    );
    expect(tracker.components.map((c) => [c.code, c.counts.done, c.overdue])).toEqual([
      ['V1', 1, []],
      ['B1', 0, []],
      ['B2', 0, ['B2.a']],
    ]);
    expect(tracker.overall).toMatchObject({ total: 3, applicable: 3, doneShare: 0.333 });
  });

  it('finds the component of a recommendation, and none for an unknown one', () => {
    expect(componentOfRecommendation(ops, 'B1.a')).toBe('B1');
    expect(componentOfRecommendation(ops, 'B9.z')).toBeUndefined();
  });
});

describe('properties of tracker progress', () => {
  const status = fc.constantFrom(...recommendationStatuses);
  const date = fc
    .integer({ min: 0, max: 3650 })
    .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const recorded = fc.array(
    fc.record({
      recommendationId: fc.constantFrom('X.a', 'X.b', 'X.c', 'X.d', 'Y.a'),
      status,
      dueOn: fc.option(date, { nil: null }),
    }),
    { maxLength: 8 },
  );
  const ids = ['X.a', 'X.b', 'X.c', 'X.d'];

  it('counts statuses that sum to the number of recommendations', () => {
    fc.assert(
      fc.property(recorded, date, (rows, day) => {
        const p = trackerProgress(ids, new Map(rows.map((r) => [r.recommendationId, r])), day);
        const sum = Object.values(p.counts).reduce((s, n) => s + n, 0);
        expect(sum).toBe(ids.length);
        expect(p.applicable).toBe(ids.length - p.counts['not-applicable']);
      }),
    );
  });

  it('keeps the share done within [0, 1] and the overdue ones among the applicable, not done', () => {
    fc.assert(
      fc.property(recorded, date, (rows, day) => {
        const p = trackerProgress(ids, new Map(rows.map((r) => [r.recommendationId, r])), day);
        if (p.doneShare !== null) {
          expect(p.doneShare).toBeGreaterThanOrEqual(0);
          expect(p.doneShare).toBeLessThanOrEqual(1);
        }
        expect(p.overdue.length).toBeLessThanOrEqual(p.applicable - p.counts.done);
      }),
    );
  });

  it('never has fewer overdue recommendations on a later day', () => {
    fc.assert(
      fc.property(recorded, date, date, (rows, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const byId = new Map(rows.map((r) => [r.recommendationId, r]));
        expect(trackerProgress(ids, byId, late).overdue.length).toBeGreaterThanOrEqual(
          trackerProgress(ids, byId, early).overdue.length,
        );
      }),
    );
  });
});
