import type { ModelIndex } from '@citymaturity/model';
import { roundTo } from '../statistics/rounding.js';
import type { CharacteristicResult } from './characteristic-results.js';
import { officialLevels } from './official-levels.js';

/**
 * A roll-up of several characteristics (a sub-dimension, a dimension, a group of dimensions, or
 * the whole model). The rule, which ISO/TS 37107 leaves open, is documented and has no hidden
 * weights: each measure is the plain mean of the characteristics' official levels (their medians,
 * or the consensus of a facilitated workshop), to one decimal; every characteristic counts once,
 * whatever its dimension; characteristics without a level are left out and listed as unrated.
 */
export interface Rollup {
  /** Mean of the current-level medians, one decimal. */
  current: number | null;
  /** Mean of the target-level (two-year plan) medians, one decimal. */
  target: number | null;
  /** target − current of the two means above, one decimal. */
  gap: number | null;
  /** Number of characteristics rolled up. */
  characteristics: number;
  /** The characteristic(s) with the lowest median (all of them when tied). */
  weakest: { current: string[]; target: string[] };
  /** Characteristics without a median (nobody gave a level), left out of the mean. */
  unrated: { current: string[]; target: string[] };
}

/** How many characteristics a roll-up's means are taken over: those with a level, of all in it. */
export interface RatedCount {
  /** Characteristics with an official current level. */
  current: number;
  /** Characteristics with an official target level. */
  target: number;
  /** Characteristics in the roll-up. */
  of: number;
}

/** The number of characteristics each mean of a roll-up is taken over (see {@link RatedCount}). */
export function ratedCount(rollup: Rollup): RatedCount {
  return {
    current: rollup.characteristics - rollup.unrated.current.length,
    target: rollup.characteristics - rollup.unrated.target.length,
    of: rollup.characteristics,
  };
}

/**
 * The measure of a roll-up from the official levels of its rated characteristics: their plain
 * mean, rounded half away from zero to one decimal; null without any (the rule of {@link Rollup},
 * also used to roll up the levels cities share with a benchmarking consortium).
 */
export function meanOfLevels(
  levels: ArrayLike<number>,
  /** Only the first `count` levels (a reused buffer's filled part). */
  count = levels.length,
): number | null {
  if (count === 0) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += levels[i] as number;
  return roundTo(sum / count, 1);
}

/** Rolls up the given characteristics (ids) by the rule described on {@link Rollup}. */
export function rollUp(
  ids: readonly string[],
  results: Readonly<Record<string, CharacteristicResult>>,
): Rollup {
  const measure = (which: 'current' | 'target') => {
    const rated: { id: string; median: number }[] = [];
    const unrated: string[] = [];
    for (const id of ids) {
      const median = officialLevels(results[id])[which];
      if (median === null) unrated.push(id);
      else rated.push({ id, median });
    }
    if (rated.length === 0) return { mean: null, weakest: [], unrated };
    const lowest = Math.min(...rated.map((r) => r.median));
    return {
      mean: meanOfLevels(rated.map((r) => r.median)),
      weakest: rated.filter((r) => r.median === lowest).map((r) => r.id),
      unrated,
    };
  };
  const current = measure('current');
  const target = measure('target');
  return {
    current: current.mean,
    target: target.mean,
    gap:
      current.mean !== null && target.mean !== null ? roundTo(target.mean - current.mean, 1) : null,
    characteristics: ids.length,
    weakest: { current: current.weakest, target: target.weakest },
    unrated: { current: current.unrated, target: target.unrated },
  };
}

/** Roll-ups of every sub-dimension, dimension, roll-up group of the pack, and the whole model. */
export interface ModelRollups {
  subdimensions: Record<string, Rollup>;
  dimensions: Record<string, Rollup>;
  /** Groups of dimensions defined by the pack (for MMSSC: smart-enablers, purposes). */
  rollupGroups: Record<string, Rollup>;
  overall: Rollup;
}

/** Computes every roll-up of the model from the characteristic results. */
export function rollUpModel(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult>>,
): ModelRollups {
  const subdimensions: Record<string, Rollup> = {};
  const dimensions: Record<string, Rollup> = {};
  const idsOfDimension = new Map<string, string[]>();
  for (const dimension of model.pack.dimensions) {
    const dimensionIds: string[] = [];
    for (const sub of dimension.subdimensions) {
      const ids = sub.characteristics.map((c) => c.id);
      subdimensions[sub.id] = rollUp(ids, results);
      dimensionIds.push(...ids);
    }
    idsOfDimension.set(dimension.id, dimensionIds);
    dimensions[dimension.id] = rollUp(dimensionIds, results);
  }
  const rollupGroups: Record<string, Rollup> = {};
  for (const group of model.pack.rollup_groups ?? []) {
    rollupGroups[group.id] = rollUp(
      group.dimensions.flatMap((d) => idsOfDimension.get(d) ?? []),
      results,
    );
  }
  return {
    subdimensions,
    dimensions,
    rollupGroups,
    overall: rollUp(
      model.characteristics.map((c) => c.id),
      results,
    ),
  };
}
