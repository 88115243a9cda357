import { describe, expect, it } from 'vitest';
import { describeLevels, quantileFromCounts } from './level-statistics.js';
import { roundTo } from './rounding.js';

describe('describeLevels', () => {
  // Ratings 1, 2, 2, 3, 5 (hand-computed): median 2, mean 13/5 = 2.6,
  // Q1 = 2 (position 1), Q3 = 3 (position 3), IQR 1; within one level of 2: 1, 2, 2, 3 → 4/5.
  const stats = describeLevels([1, 2, 1, 0, 1], 2, 1);

  it('counts level ratings, unknown and missing answers apart', () => {
    expect([stats.n, stats.unknown, stats.missing]).toEqual([5, 2, 1]);
  });

  it('gives median, mean, min and max of the level ratings', () => {
    expect([stats.median, stats.mean, stats.min, stats.max]).toEqual([2, 2.6, 1, 5]);
  });

  it('gives the distribution with every level, zeros included', () => {
    expect(stats.distribution).toEqual({ '1': 1, '2': 2, '3': 1, '4': 0, '5': 1 });
  });

  it('gives the interquartile range and the agreement', () => {
    expect([stats.iqr, stats.agreement]).toEqual([1, 0.8]);
  });

  it('takes the mean of the two middle ratings as the median of an even count', () => {
    // 2, 3, 4, 4 → median 3.5; Q1 at position 0.75 → 2.75, Q3 at 2.25 → 4; IQR 1.25
    const even = describeLevels([0, 1, 1, 2, 0], 0, 0);
    expect([even.median, even.iqr]).toEqual([3.5, 1.25]);
  });

  it('counts ratings within one level of a half-level median as agreeing', () => {
    // 1, 2, 3, 4 → median 2.5; within 1: 2 and 3 (1 and 4 are 1.5 away) → 0.5
    expect(describeLevels([1, 1, 1, 1, 0], 0, 0).agreement).toBe(0.5);
  });

  it('has no statistics but the counts when nobody gave a level', () => {
    const none = describeLevels([0, 0, 0, 0, 0], 3, 0);
    expect(none).toMatchObject({
      n: 0,
      unknown: 3,
      median: null,
      mean: null,
      min: null,
      max: null,
      iqr: null,
      agreement: null,
    });
  });
});

describe('quantileFromCounts', () => {
  it('interpolates between closest ranks like Excel QUARTILE.INC', () => {
    // 1, 2, 3, 4, 5, 6 is not a level set, so use levels 1..5 with counts: 1,1,1,1,1 → quartiles 2 and 4
    expect(quantileFromCounts([1, 1, 1, 1, 1], 5, 0.25)).toBe(2);
    expect(quantileFromCounts([1, 1, 1, 1, 1], 5, 0.75)).toBe(4);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero without binary floating-point error', () => {
    expect([roundTo(2.15, 1), roundTo(2.25, 1), roundTo(1.005, 2), roundTo(-2.25, 1)]).toEqual([
      2.2, 2.3, 1.01, -2.3,
    ]);
  });
});
