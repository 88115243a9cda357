import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { krippendorffAlpha } from '../statistics/krippendorff-alpha.js';
import { roundTo } from '../statistics/rounding.js';
import { pairwiseOrdinalAlpha } from '../test-support/pairwise-alpha.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import type { ScorableRespondent } from './tally.js';

const model = tinyModel();
const ids = model.characteristics.map((c) => c.id);

const ratingValue = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constant('unknown' as const) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const respondent = (index: number) =>
  fc
    .record({
      group: fc.constantFrom('local-government', 'residents', 'academia'),
      values: fc.array(fc.tuple(ratingValue, ratingValue), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    })
    .map(({ group, values }): ScorableRespondent => ({
      id: `r${String(index)}`,
      group,
      ratings: Object.fromEntries(
        ids.map((id, i) => [id, { current: values[i]?.[0], target: values[i]?.[1] }]),
      ),
    }));
const respondents = fc
  .integer({ min: 1, max: 12 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => respondent(i))));

describe('scoring properties', () => {
  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(
        respondents.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffled]) => {
          expect(scoreAssessment({ respondents: shuffled }, model)).toEqual(
            scoreAssessment({ respondents: list }, model),
          );
        },
      ),
    );
  });

  it('keeps every statistic within the range of the ratings', () => {
    fc.assert(
      fc.property(respondents, (list) => {
        const score = scoreAssessment({ respondents: list }, model);
        for (const result of Object.values(score.characteristics)) {
          for (const stats of [result.current, result.target]) {
            const total = Object.values(stats.distribution).reduce((a, b) => a + b, 0);
            expect(total).toBe(stats.n);
            expect(stats.n + stats.unknown + stats.missing).toBe(list.length);
            if (stats.n === 0) continue;
            const [min, max] = [stats.min as number, stats.max as number];
            for (const value of [stats.median, stats.mean]) {
              expect(value).toBeGreaterThanOrEqual(min);
              expect(value).toBeLessThanOrEqual(max);
            }
            expect(stats.iqr).toBeGreaterThanOrEqual(0);
            expect(stats.iqr).toBeLessThanOrEqual(max - min);
            expect(stats.agreement).toBeGreaterThanOrEqual(0);
            expect(stats.agreement).toBeLessThanOrEqual(1);
          }
        }
        const medians = Object.values(score.characteristics).flatMap((r) =>
          r.current.median === null ? [] : [r.current.median],
        );
        if (medians.length > 0) {
          expect(score.overall.current).toBeGreaterThanOrEqual(Math.min(...medians));
          expect(score.overall.current).toBeLessThanOrEqual(Math.max(...medians));
        }
      }),
    );
  });

  it("makes a single respondent's results their own ratings", () => {
    const levels = fc.array(fc.integer({ min: 1, max: 5 }), {
      minLength: ids.length,
      maxLength: ids.length,
    });
    fc.assert(
      fc.property(levels, (own) => {
        const single: ScorableRespondent = {
          id: 'only',
          ratings: Object.fromEntries(
            ids.map((id, i) => [id, { current: own[i], target: own[i] }]),
          ),
        };
        const score = scoreAssessment({ respondents: [single] }, model);
        ids.forEach((id, i) => {
          expect(score.characteristics[id]?.current).toMatchObject({
            median: own[i],
            mean: own[i],
            iqr: 0,
            agreement: 1,
          });
        });
        const mean = own.reduce((a, b) => a + b, 0) / own.length;
        expect(score.overall.current).toBe(roundTo(mean, 1));
        expect(score.overall.gap).toBe(0);
      }),
    );
  });

  it('computes alpha from counts exactly as the pairwise definition does', () => {
    const matrix = fc.integer({ min: 2, max: 8 }).chain((units) =>
      fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
          minLength: units,
          maxLength: units,
        }),
        { minLength: 2, maxLength: 10 },
      ),
    );
    fc.assert(
      fc.property(matrix, (rows) => {
        const units = rows[0]?.length ?? 0;
        const counts = Array.from({ length: units }, (_, u) => {
          const c = [0, 0, 0, 0, 0];
          for (const row of rows) {
            const v = row[u];
            if (v !== null && v !== undefined) c[v - 1] = (c[v - 1] ?? 0) + 1;
          }
          return c;
        });
        const expected = pairwiseOrdinalAlpha(rows);
        const actual = krippendorffAlpha(counts);
        if (expected === null) expect(actual).toBeNull();
        else {
          expect(actual).toBe(roundTo(expected, 3));
          expect(actual).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
