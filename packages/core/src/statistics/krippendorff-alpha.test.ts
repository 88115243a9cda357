import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, type AlphaMetric } from './krippendorff-alpha.js';

/** Turns a coders × units matrix (null = no value) into per-unit counts of values 1..k. */
function unitCounts(matrix: (number | null)[][], k: number): number[][] {
  const units = matrix[0]?.length ?? 0;
  return Array.from({ length: units }, (_, u) => {
    const counts = new Array<number>(k).fill(0);
    for (const row of matrix) {
      const v = row[u];
      if (v !== null && v !== undefined) counts[v - 1] = (counts[v - 1] ?? 0) + 1;
    }
    return counts;
  });
}

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 observers × 12 units example.
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
// The 3 coders × 15 units example of the Wikipedia article on Krippendorff's alpha.
const wikipedia = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

describe('krippendorffAlpha', () => {
  it.each<[string, (number | null)[][], number, AlphaMetric, number]>([
    ['Krippendorff 2011, ordinal', krippendorff2011, 5, 'ordinal', 0.815],
    ['Wikipedia example, nominal', wikipedia, 4, 'nominal', 0.691],
    ['Wikipedia example, interval', wikipedia, 4, 'interval', 0.811],
  ])('reproduces the published value: %s', (_, matrix, k, metric, expected) => {
    expect(krippendorffAlpha(unitCounts(matrix, k), metric)).toBe(expected);
  });

  it('is 1 when every respondent gives every characteristic the same level', () => {
    const matrix = [
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ];
    expect(krippendorffAlpha(unitCounts(matrix, 5))).toBe(1);
  });

  it('is negative when respondents disagree more than chance', () => {
    const matrix = [
      [1, 5, 1, 5],
      [5, 1, 5, 1],
    ];
    expect(krippendorffAlpha(unitCounts(matrix, 5))).toBeLessThan(0);
  });

  it('is null when there is no variation at all', () => {
    expect(
      krippendorffAlpha(
        unitCounts(
          [
            [3, 3],
            [3, 3],
          ],
          5,
        ),
      ),
    ).toBeNull();
  });

  it('is null when no unit has two values to pair', () => {
    expect(
      krippendorffAlpha(
        unitCounts(
          [
            [1, null],
            [null, 2],
          ],
          5,
        ),
      ),
    ).toBeNull();
  });

  it('is null for no units', () => {
    expect(krippendorffAlpha([])).toBeNull();
  });
});
