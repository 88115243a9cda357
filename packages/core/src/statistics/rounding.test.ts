import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from './rounding.js';

/** The rounding by decimal text alone (the rule roundTo's fast path must agree with). */
function byDecimalText(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${String(Math.abs(value))}e${String(decimals)}`));
  return sign * Number(`${String(shifted)}e-${String(decimals)}`);
}

describe('roundTo', () => {
  it('rounds half away from zero on the decimal value, not its binary neighbour', () => {
    expect([roundTo(2.15, 1), roundTo(-2.15, 1), roundTo(1.005, 2), roundTo(2.25, 1)]).toEqual([
      2.2, -2.2, 1.01, 2.3,
    ]);
  });

  it('rounds means of levels to one decimal', () => {
    expect([roundTo(7 / 3, 1), roundTo(2.75, 1), roundTo(13 / 4, 1), roundTo(3, 1)]).toEqual([
      2.3, 2.8, 3.3, 3,
    ]);
  });

  it('gives exactly what rounding the decimal text gives', () => {
    const value = fc.oneof(
      fc.double({ min: 1e-5, max: 1e7, noNaN: true }),
      fc.double({ min: -1e7, max: -1e-5, noNaN: true }),
      // Ties and near-ties: k / 2, k / 20, k / 200 and their neighbours.
      fc
        .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(2, 20, 200, 2000))
        .map(([k, d]) => k / d),
      fc.integer({ min: -1000, max: 1000 }).map((k) => k / 3),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, decimals) => {
        expect(roundTo(v, decimals)).toBe(byDecimalText(v, decimals));
      }),
      { numRuns: 5000 },
    );
  });
});
