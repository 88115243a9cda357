/**
 * Krippendorff's ordinal alpha computed the slow, textbook way: every ordered pair of values
 * within a unit, weighted 1/(m_u − 1), straight from the raw matrix. An independent reference for
 * the counts-based implementation.
 * @param matrix rows = respondents, columns = units; null = no value
 */
export function pairwiseOrdinalAlpha(
  matrix: readonly (readonly (number | null)[])[],
  levels = 5,
): number | null {
  const units = matrix[0]?.length ?? 0;
  const o: number[][] = Array.from({ length: levels + 1 }, () =>
    new Array<number>(levels + 1).fill(0),
  );
  for (let u = 0; u < units; u++) {
    const values = matrix
      .map((row) => row[u])
      .filter((v): v is number => v !== null && v !== undefined);
    if (values.length < 2) continue;
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        if (i === j) continue;
        const a = values[i] as number;
        const b = values[j] as number;
        (o[a] as number[])[b] = ((o[a] as number[])[b] ?? 0) + 1 / (values.length - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((x, y) => x + y, 0));
  const n = nc.reduce((x, y) => x + y, 0);
  if (n < 2) return null;
  const delta = (c: number, k: number): number => {
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += nc[g] ?? 0;
    return (sum - ((nc[lo] ?? 0) + (nc[hi] ?? 0)) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 1; c <= levels; c++) {
    for (let k = 1; k <= levels; k++) {
      observed += ((o[c] as number[])[k] ?? 0) * delta(c, k);
      expected += (nc[c] ?? 0) * (nc[k] ?? 0) * delta(c, k);
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
