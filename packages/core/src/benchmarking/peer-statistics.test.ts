import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileFromCounts } from '../statistics/level-statistics.js';
import {
  describePeerMeasure,
  levelBin,
  percentileRank,
  quantileOfSorted,
} from './peer-statistics.js';

const options = { minPeerCities: 5, levels: 5 };

describe('quantileOfSorted', () => {
  it('interpolates between closest ranks like QUARTILE.INC', () => {
    // QUARTILE.INC({1,2,2,3,4}, 1..3) = 2, 2, 3; ({1.5,2,2.5,2.5,3.5,4}) = 2.125, 2.5, 3.25
    expect([0.25, 0.5, 0.75].map((p) => quantileOfSorted([1, 2, 2, 3, 4], p))).toEqual([2, 2, 3]);
    expect([0.25, 0.5, 0.75].map((p) => quantileOfSorted([1.5, 2, 2.5, 2.5, 3.5, 4], p))).toEqual([
      2.125, 2.5, 3.25,
    ]);
  });

  it('gives the same quartiles as the core statistics of whole levels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(0.25, 0.5, 0.75),
        (levels, p) => {
          const counts = [1, 2, 3, 4, 5].map((l) => levels.filter((x) => x === l).length);
          const sorted = [...levels].sort((a, b) => a - b);
          expect(quantileOfSorted(sorted, p)).toBeCloseTo(
            quantileFromCounts(counts, levels.length, p),
            10,
          );
        },
      ),
    );
  });
});

describe('percentileRank', () => {
  it('counts the values below and half of those equal, the city included', () => {
    expect([
      percentileRank([1, 2, 2, 3, 4], 2),
      percentileRank([1, 2, 2, 3, 4], 4),
      percentileRank([1, 2, 2, 3, 4], 1),
      percentileRank([3, 3, 3, 3, 3], 3),
    ]).toEqual([40, 90, 10, 50]);
  });

  it('stays strictly between 0 and 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.nat(),
        (values, i) => {
          const rank = percentileRank(values, values[i % values.length] as number);
          expect(rank).toBeGreaterThan(0);
          expect(rank).toBeLessThan(100);
        },
      ),
    );
  });

  it('never drops when the city does better and the peers stay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (peers, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(percentileRank([...peers, high], high)).toBeGreaterThanOrEqual(
            percentileRank([...peers, low], low),
          );
        },
      ),
    );
  });
});

describe('levelBin', () => {
  it('puts a value in the level it has reached', () => {
    expect([1, 2.5, 2.99, 3, 4.7, 5].map((v) => levelBin(v, 5))).toEqual([1, 2, 2, 3, 4, 5]);
  });
});

describe('describePeerMeasure', () => {
  it('gives median, quartiles, rank and distribution of a group at the threshold', () => {
    expect(describePeerMeasure([2, 1, 3, 4, 2], 2, options)).toEqual({
      suppressed: false,
      city: 2,
      n: 5,
      median: 2,
      q1: 2,
      q3: 3,
      percentileRank: 40,
      distribution: { '1': 1, '2': 2, '3': 1, '4': 1, '5': 0 },
    });
  });

  it('rounds interpolated roll-up quartiles to two decimals', () => {
    const measure = describePeerMeasure([2.3, 2.5, 2.8, 3.3, 3.4, 3.7], 2.5, options);
    expect(measure.suppressed ? null : [measure.q1, measure.median, measure.q3]).toEqual([
      2.58, 3.05, 3.38,
    ]);
  });

  it('gives no rank to a city without a value, but the peers still', () => {
    const measure = describePeerMeasure([1, 2, 3, 4, 5], null, options);
    expect(measure).toMatchObject({ suppressed: false, city: null, percentileRank: null, n: 5 });
  });

  it('suppresses everything about the peers below the threshold', () => {
    expect(describePeerMeasure([1, 2, 3, 4], 3, options)).toEqual({ suppressed: true, city: 3 });
  });

  it('never gives a number about the peers of a group below the threshold', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 20 })
          .chain((min) =>
            fc.tuple(
              fc.constant(min),
              fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: min - 1 }),
            ),
          ),
        ([minPeerCities, values]) => {
          const measure = describePeerMeasure(values, null, { minPeerCities, levels: 5 });
          expect(JSON.stringify(measure)).not.toMatch(/\d/);
        },
      ),
    );
  });

  it('keeps quartiles and median in order within the values, distribution adding up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 5, maxLength: 60 }),
        (values) => {
          const measure = describePeerMeasure(values, values[0] ?? null, options);
          if (measure.suppressed) throw new Error('suppressed');
          const low = Math.min(...values);
          const high = Math.max(...values);
          expect(measure.q1).toBeLessThanOrEqual(measure.median);
          expect(measure.median).toBeLessThanOrEqual(measure.q3);
          expect(measure.q1).toBeGreaterThanOrEqual(Math.floor(low * 100) / 100);
          expect(measure.q3).toBeLessThanOrEqual(Math.ceil(high * 100) / 100);
          expect(Object.values(measure.distribution).reduce((a, b) => a + b, 0)).toBe(
            values.length,
          );
        },
      ),
    );
  });

  it('counts each city in the level it has reached', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 5, maxLength: 40 }),
        (values) => {
          const measure = describePeerMeasure(values, null, options);
          const expected: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
          for (const v of values) {
            const key = String(levelBin(v, 5));
            expected[key] = (expected[key] ?? 0) + 1;
          }
          expect(measure.suppressed ? null : measure.distribution).toEqual(expected);
        },
      ),
    );
  });

  it('ranks the city as the definition over the unsorted values does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 40 }),
        fc.nat(),
        (values, i) => {
          const city = values[i % values.length] as number;
          const measure = describePeerMeasure(values, city, options);
          expect(measure.suppressed ? null : measure.percentileRank).toBe(
            percentileRank(values, city),
          );
        },
      ),
    );
  });

  it('does not depend on the order of the cities', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          expect(describePeerMeasure(shuffled, list[0] ?? null, options)).toEqual(
            describePeerMeasure(list, list[0] ?? null, options),
          );
        },
      ),
    );
  });
});
