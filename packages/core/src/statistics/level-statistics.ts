import { roundTo } from './rounding.js';

/**
 * Statistics of one measure (current or target level) of one characteristic over respondents.
 * Only level ratings count; `unknown` ("don't know") and missing answers are counted apart.
 */
export interface LevelStatistics {
  /** Number of level ratings (excludes unknown and missing). */
  n: number;
  /** Number of "don't know" answers. */
  unknown: number;
  /** Number of respondents who gave no answer at all for this measure. */
  missing: number;
  /** Median level; the mean of the two middle ratings when n is even (so it may end in .5). */
  median: number | null;
  /** Arithmetic mean, rounded to 2 decimals. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Count of ratings at each level, every level present (zero when nobody chose it). */
  distribution: Record<string, number>;
  /** Interquartile range Q3 − Q1, quartiles by linear interpolation (as Excel QUARTILE.INC). */
  iqr: number | null;
  /** Share (0–1, 3 decimals) of ratings within one level of the median. */
  agreement: number | null;
}

/**
 * The value at position `p` (0 ≤ p ≤ 1) of the sorted ratings, by linear interpolation between
 * closest ranks (R type 7), computed from the count of each level instead of a sorted array.
 * `counts[i]` is the number of ratings at level i + 1.
 */
export function quantileFromCounts(counts: readonly number[], total: number, p: number): number {
  const position = (total - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const lowerValue = valueAtRank(counts, lower);
  if (fraction === 0) return lowerValue;
  return lowerValue + fraction * (valueAtRank(counts, lower + 1) - lowerValue);
}

/** The level of the rating at 0-based `rank` in ascending order. */
function valueAtRank(counts: readonly number[], rank: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] ?? 0;
    if (rank < seen) return i + 1;
  }
  return counts.length;
}

/**
 * Describes one measure of one characteristic from its level counts.
 * @param counts `counts[i]` = number of ratings at level i + 1 (length = number of levels)
 * @param unknown number of "don't know" answers
 * @param missing number of respondents with no answer
 */
export function describeLevels(
  counts: readonly number[],
  unknown: number,
  missing: number,
): LevelStatistics {
  const distribution: Record<string, number> = {};
  let n = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  counts.forEach((count, i) => {
    const level = i + 1;
    distribution[String(level)] = count;
    if (count > 0) {
      n += count;
      sum += count * level;
      min ??= level;
      max = level;
    }
  });
  if (n === 0) {
    return {
      n,
      unknown,
      missing,
      median: null,
      mean: null,
      min,
      max,
      distribution,
      iqr: null,
      agreement: null,
    };
  }
  const median = quantileFromCounts(counts, n, 0.5);
  const iqr = quantileFromCounts(counts, n, 0.75) - quantileFromCounts(counts, n, 0.25);
  let near = 0;
  counts.forEach((count, i) => {
    if (Math.abs(i + 1 - median) <= 1) near += count;
  });
  return {
    n,
    unknown,
    missing,
    median,
    mean: roundTo(sum / n, 2),
    min,
    max,
    distribution,
    iqr,
    agreement: roundTo(near / n, 3),
  };
}
