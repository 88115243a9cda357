import type { ModelIndex } from '@citymaturity/model';
import { describeLevels, type LevelStatistics } from '../statistics/level-statistics.js';
import type { ConsensusResult } from './official-levels.js';
import { checkPlan, type PlanFlag } from './plan-checks.js';
import type { CharacteristicTally } from './tally.js';

/**
 * The result of one characteristic: statistics of the current and target levels, and the gap; in
 * a facilitated workshop, the agreed consensus too (then the official levels are the consensus's,
 * and the statistics are its evidence: see officialLevels).
 */
export interface CharacteristicResult {
  current: LevelStatistics;
  target: LevelStatistics;
  /** Official target − official current (the medians, or the consensus): the improvement planned over two years. */
  gap: number | null;
  /** Flag on the planned change of the official levels (see checkPlan). */
  plan: PlanFlag | null;
  /** The consensus a facilitated workshop agreed, when there is one. */
  consensus?: ConsensusResult;
}

/** Describes every characteristic from its tallies, keyed by characteristic id in model order. */
export function describeCharacteristics(
  tallies: readonly CharacteristicTally[],
  model: ModelIndex,
): Record<string, CharacteristicResult> {
  const results: Record<string, CharacteristicResult> = {};
  model.characteristics.forEach((characteristic, i) => {
    const tally = tallies[i] as CharacteristicTally;
    const current = describeLevels(
      tally.current.counts,
      tally.current.unknown,
      tally.current.missing,
    );
    const target = describeLevels(tally.target.counts, tally.target.unknown, tally.target.missing);
    const gap =
      current.median !== null && target.median !== null ? target.median - current.median : null;
    results[characteristic.id] = {
      current,
      target,
      gap,
      plan: checkPlan(current.median, target.median),
    };
  });
  return results;
}
