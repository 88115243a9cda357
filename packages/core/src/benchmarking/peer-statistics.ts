import { roundTo } from '../statistics/rounding.js';

/**
 * The value at position `p` (0 ≤ p ≤ 1) of ascending `sorted` values, by linear interpolation
 * between closest ranks (R type 7, Excel `QUARTILE.INC`): the method of the core's IQR, for values
 * that need not be whole levels (roll-ups, medians ending in .5).
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const lowerValue = sorted[lower] as number;
  if (fraction === 0) return lowerValue;
  return lowerValue + fraction * ((sorted[lower + 1] as number) - lowerValue);
}

/**
 * The mid-rank percentile rank of `value` among `values` (which include it): the percentage of
 * values strictly below it plus half of those equal to it (itself included), one decimal. Always
 * between 0 and 100, exclusive; 50 when every value is equal.
 */
export function percentileRank(values: ArrayLike<number>, value: number): number {
  let below = 0;
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return rankOf(below, equal, values.length);
}

function rankOf(below: number, equal: number, n: number): number {
  return roundTo((100 * (below + equal / 2)) / n, 1);
}

/** Index of the first value ≥ `bound` in ascending `sorted` (its length when there is none). */
function firstAtLeast(sorted: ArrayLike<number>, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first value > `bound` in ascending `sorted`. */
function firstAbove(sorted: ArrayLike<number>, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The bin of the level distribution a value falls in: the level it has reached (a median of 2.5,
 * or a roll-up of 2.7, has reached level 2), within the model's levels.
 */
export function levelBin(value: number, levels: number): number {
  return Math.min(levels, Math.max(1, Math.floor(value)));
}

/**
 * One measure (current or target) of one item (characteristic or roll-up) against the peer group.
 * With fewer cities holding a value than the consortium's threshold the item is `suppressed`:
 * nothing about the peers is given, only the city's own value.
 */
export type PeerMeasure =
  | { suppressed: true; city: number | null }
  | {
      suppressed: false;
      /** The city's own value (null when it has none: then it has no rank either). */
      city: number | null;
      /** Cities of the group with a value, the city included when it has one. */
      n: number;
      median: number;
      /** First and third quartiles (R type 7, as `QUARTILE.INC`), two decimals. */
      q1: number;
      q3: number;
      /** Mid-rank percentile rank of the city's value (see {@link percentileRank}); null without one. */
      percentileRank: number | null;
      /** Cities per level reached (`"1"`…`"5"`), for the chart of the city inside the distribution. */
      distribution: Record<string, number>;
    };

/**
 * Describes one measure against the peer group. `values` are the values of every city of the
 * group that has one, the city's own included (`city`, when not null, must be one of them).
 * Neither the lowest nor the highest value is ever given: with few cities they are one city's
 * exact figure.
 */
export function describePeerMeasure(
  values: ArrayLike<number>,
  city: number | null,
  options: { minPeerCities: number; levels: number },
): PeerMeasure {
  if (values.length < options.minPeerCities) return { suppressed: true, city };
  // A typed array sorts numbers natively: thousands of cities, a hundred items per comparison.
  const sorted = Float64Array.from(values).sort();
  const distribution: Record<string, number> = {};
  for (let level = 1; level <= options.levels; level++) {
    // Values reaching `level` but not the next one (the last level takes the rest).
    const from = level === 1 ? 0 : firstAtLeast(sorted, level);
    const to = level === options.levels ? sorted.length : firstAtLeast(sorted, level + 1);
    distribution[String(level)] = to - from;
  }
  return {
    suppressed: false,
    city,
    n: sorted.length,
    median: roundTo(quantileOfSorted(sorted, 0.5), 2),
    q1: roundTo(quantileOfSorted(sorted, 0.25), 2),
    q3: roundTo(quantileOfSorted(sorted, 0.75), 2),
    percentileRank:
      city === null
        ? null
        : rankOf(
            firstAtLeast(sorted, city),
            firstAbove(sorted, city) - firstAtLeast(sorted, city),
            sorted.length,
          ),
    distribution,
  };
}
