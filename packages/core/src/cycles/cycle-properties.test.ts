import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpModel } from '../scoring/rollup.js';
import { scoredCycle, type LevelPair } from '../test-support/cycles.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import type { ScoredCycle } from './cycle.js';
import { cycleTrend } from './cycle-trend.js';
import { planRealisation, realisationStatuses } from './plan-realisation.js';

const model = tinyModel();
const ids = model.characteristics.map((c) => c.id);

const level = fc.integer({ min: 1, max: 5 });
const ratingValue = fc.oneof(
  { weight: 6, arbitrary: level },
  { weight: 1, arbitrary: fc.constant('unknown' as const) },
  { weight: 1, arbitrary: fc.constant(null) },
);
/** One respondent's ratings of every characteristic (levels only, or with gaps). */
const ratingsOf = (value: fc.Arbitrary<number | 'unknown' | null>) =>
  fc
    .array(fc.tuple(value, value), { minLength: ids.length, maxLength: ids.length })
    .map((pairs) => Object.fromEntries(ids.map((id, i) => [id, pairs[i] as LevelPair])));
/** 1–3 respondents, so that medians can be half levels. */
const assessmentRatings = (value: fc.Arbitrary<number | 'unknown' | null>) =>
  fc.array(ratingsOf(value), { minLength: 1, maxLength: 3 });

/** Cycles with distinct dates (day offsets), some drafts. */
const cycles = (value: fc.Arbitrary<number | 'unknown' | null>) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 6 })
    .chain((days) =>
      fc.tuple(
        fc.constant(days),
        fc.array(assessmentRatings(value), { minLength: days.length, maxLength: days.length }),
        fc.array(fc.boolean(), { minLength: days.length, maxLength: days.length }),
      ),
    )
    .map(([days, ratings, drafts]) =>
      days.map((day, i) =>
        scoredCycle(
          model,
          `c${String(i)}`,
          new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10),
          ratings[i] ?? [],
          { status: drafts[i] ? 'draft' : 'submitted' },
        ),
      ),
    );

describe('cycle trend properties', () => {
  it('does not depend on the order the assessments are given in', () => {
    const listAndShuffled = cycles(ratingValue).chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(listAndShuffled, ([list, shuffled]) => {
        expect(cycleTrend(shuffled, { includeDrafts: true })).toEqual(
          cycleTrend(list, { includeDrafts: true }),
        );
      }),
    );
  });

  it('has one point per cycle in every series; drafts only when asked for, then provisional', () => {
    fc.assert(
      fc.property(cycles(ratingValue), fc.boolean(), (list, includeDrafts) => {
        const trend = cycleTrend(list, { includeDrafts });
        const counted = list.filter((c) => includeDrafts || c.status === 'submitted');
        expect(trend.cycles).toHaveLength(counted.length);
        for (const points of [...Object.values(trend.characteristics), trend.overall])
          expect(points).toHaveLength(counted.length);
        expect(trend.cycles.every((c) => c.provisional === (c.status === 'draft'))).toBe(true);
      }),
    );
  });

  it('adds the changes of a characteristic up to its change from the first cycle to the last', () => {
    fc.assert(
      fc.property(cycles(level), (list) => {
        const trend = cycleTrend(list, { includeDrafts: true });
        for (const points of Object.values(trend.characteristics)) {
          const first = points[0]?.current ?? 0;
          const last = points.at(-1)?.current ?? 0;
          const sum = points.reduce((acc, p) => acc + (p.change?.current ?? 0), 0);
          expect(sum).toBeCloseTo(last - first, 9);
        }
      }),
    );
  });

  it("gives each cycle's roll-ups exactly as the roll-up rule does", () => {
    fc.assert(
      fc.property(cycles(ratingValue), (list) => {
        const trend = cycleTrend(list, { includeDrafts: true });
        trend.cycles.forEach((ref, i) => {
          const cycle = list.find((c) => c.assessmentId === ref.assessmentId) as ScoredCycle;
          const rollups = rollUpModel(model, cycle.characteristics);
          expect(trend.overall[i]?.current).toBe(rollups.overall.current);
          for (const [id, rollup] of Object.entries(rollups.dimensions))
            expect(trend.dimensions[id]?.[i]?.target).toBe(rollup.target);
        });
      }),
    );
  });

  it("counts the characteristics with a level of each cycle's overall roll-up, of all", () => {
    fc.assert(
      fc.property(cycles(ratingValue), (list) => {
        const trend = cycleTrend(list, { includeDrafts: true });
        trend.cycles.forEach((ref, i) => {
          const cycle = list.find((c) => c.assessmentId === ref.assessmentId) as ScoredCycle;
          const rated = (measure: 'current' | 'target') =>
            ids.filter((id) => cycle.characteristics[id]?.[measure].median !== null).length;
          expect(trend.overall[i]?.rated).toEqual({
            current: rated('current'),
            target: rated('target'),
            of: ids.length,
          });
        });
      }),
    );
  });
});

describe('plan realisation properties', () => {
  const pair = fc
    .tuple(assessmentRatings(ratingValue), assessmentRatings(ratingValue))
    .map(
      ([before, after]) =>
        [
          scoredCycle(model, 'P', '2024-01-01', before),
          scoredCycle(model, 'C', '2026-01-01', after),
        ] as const,
    );

  it('gives every characteristic one status, counted overall and per dimension', () => {
    fc.assert(
      fc.property(pair, ([previous, current]) => {
        const r = planRealisation(previous, current);
        const total = realisationStatuses.reduce((acc, s) => acc + r.counts[s], 0);
        expect(total).toBe(ids.length);
        for (const status of realisationStatuses)
          expect(
            Object.values(r.byDimension).reduce((acc, counts) => acc + counts[status], 0),
          ).toBe(r.counts[status]);
      }),
    );
  });

  it('lists as not reached exactly the planned rises that stay below the plan, largest shortfall first', () => {
    fc.assert(
      fc.property(pair, ([previous, current]) => {
        const r = planRealisation(previous, current);
        const expected = r.characteristics.filter(
          (c) =>
            c.previous.current !== null &&
            c.previous.target !== null &&
            c.previous.target > c.previous.current &&
            c.now.current !== null &&
            c.now.current < c.previous.target,
        );
        expect(new Set(r.notReached.map((c) => c.characteristicId))).toEqual(
          new Set(expected.map((c) => c.characteristicId)),
        );
        expect(
          r.notReached.every((c) => ['partly', 'not-reached', 'fell-back'].includes(c.status)),
        ).toBe(true);
        const shortfalls = r.notReached.map((c) => c.shortfall ?? 0);
        expect(shortfalls).toEqual([...shortfalls].sort((x, y) => y - x));
      }),
    );
  });

  it('says reached only when the current level is at least the planned one', () => {
    fc.assert(
      fc.property(pair, ([previous, current]) => {
        for (const c of planRealisation(previous, current).characteristics)
          if (c.status === 'reached')
            expect(c.now.current ?? 0).toBeGreaterThanOrEqual(c.previous.target ?? Infinity);
      }),
    );
  });
});
