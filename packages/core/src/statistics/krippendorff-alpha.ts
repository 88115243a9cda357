import { roundTo } from './rounding.js';

/** Difference functions of Krippendorff's alpha supported here. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's alpha reliability coefficient, computed from the count of each value per unit
 * (here: per characteristic, how many respondents chose each level). Values are the integers
 * 1..k; missing and "don't know" answers are simply not counted. Units with fewer than two
 * values are not pairable and are left out, as the coefficient prescribes.
 *
 * α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with o the coincidence matrix.
 * Returns null when it is undefined: fewer than two pairable values, or no variation at all.
 *
 * @param unitCounts `unitCounts[u][i]` = number of values i + 1 in unit u
 * @param metric `ordinal` for maturity levels (the default)
 * @returns alpha rounded to 3 decimals, or null
 */
export function krippendorffAlpha(
  unitCounts: readonly (readonly number[])[],
  metric: AlphaMetric = 'ordinal',
): number | null {
  const k = unitCounts[0]?.length ?? 0;
  const coincidence = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const counts of unitCounts) {
    const m = counts.reduce((a, b) => a + b, 0);
    if (m < 2) continue;
    for (let c = 0; c < k; c++) {
      const nc = counts[c] ?? 0;
      if (nc === 0) continue;
      const row = coincidence[c] as number[];
      for (let j = 0; j < k; j++) {
        const nk = counts[j] ?? 0;
        row[j] = (row[j] ?? 0) + (c === j ? nc * (nc - 1) : nc * nk) / (m - 1);
      }
    }
  }
  const marginals = coincidence.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  if (n < 2) return null;
  const delta = differenceFunction(metric, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      const d = delta(c, j);
      observed += (coincidence[c]?.[j] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[j] ?? 0) * d;
    }
  }
  if (expected === 0) return null;
  return roundTo(1 - ((n - 1) * observed) / expected, 3);
}

/** δ²(c, k) for value indices c, k (value = index + 1). */
function differenceFunction(
  metric: AlphaMetric,
  marginals: readonly number[],
): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (c - k) ** 2;
    case 'ordinal':
      return (c, k) => {
        if (c === k) return 0;
        const [lo, hi] = c < k ? [c, k] : [k, c];
        let between = 0;
        for (let g = lo; g <= hi; g++) between += marginals[g] ?? 0;
        return (between - ((marginals[lo] ?? 0) + (marginals[hi] ?? 0)) / 2) ** 2;
      };
  }
}
