import type { ModelIndex } from '@citymaturity/model';
import {
  describeCharacteristics,
  type CharacteristicResult,
} from '../scoring/characteristic-results.js';
import { withConsensus, type ConsensusLevels } from '../scoring/official-levels.js';
import type { CharacteristicTally, MeasureTally } from '../scoring/tally.js';

// A trend scores many assessments of thousands of ratings each. Only the characteristics' results
// are needed, and they depend on the ratings only through their counts per level: the storage can
// count the ratings itself and hand the counts over, instead of every rating.

/** How many ratings of one measure of one characteristic gave each level, and "don't know". */
export interface MeasureCounts {
  /** Ratings per level value (levels outside the model are not answers and count as missing). */
  levels: Readonly<Record<number, number>>;
  unknown: number;
}

/** The counts of both measures of one characteristic. */
export interface CharacteristicCounts {
  current: MeasureCounts;
  target: MeasureCounts;
}

function measureTally(counts: MeasureCounts | undefined, levels: number, respondents: number) {
  const tally: MeasureTally = { counts: new Array<number>(levels).fill(0), unknown: 0, missing: 0 };
  let answered = 0;
  for (const [level, n] of Object.entries(counts?.levels ?? {})) {
    const value = Number(level);
    if (Number.isInteger(value) && value >= 1 && value <= levels) {
      tally.counts[value - 1] = n;
      answered += n;
    }
  }
  tally.unknown = counts?.unknown ?? 0;
  // Every other respondent gave no answer: no rating, an empty one, or a level the model lacks.
  tally.missing = Math.max(0, respondents - answered - tally.unknown);
  return tally;
}

/**
 * The tallies `tallyRatings` would count (for all respondents, in model order) from the counts of
 * the ratings per characteristic and the number of respondents scored: a respondent without a
 * level or "don't know" for a characteristic is missing for it.
 */
export function talliesFromCounts(
  model: ModelIndex,
  respondents: number,
  counts: Readonly<Record<string, CharacteristicCounts | undefined>>,
): CharacteristicTally[] {
  const levels = model.levels.length;
  return model.characteristics.map((c) => ({
    current: measureTally(counts[c.id]?.current, levels, respondents),
    target: measureTally(counts[c.id]?.target, levels, respondents),
  }));
}

/**
 * The characteristics' results as `scoreAssessment` gives them (statistics of the ratings; with a
 * workshop's consensus, the agreed levels as the official result), from the tallies alone.
 */
export function characteristicResults(
  model: ModelIndex,
  tallies: readonly CharacteristicTally[],
  consensus?: Readonly<Record<string, ConsensusLevels | undefined>>,
): Record<string, CharacteristicResult> {
  const results = describeCharacteristics(tallies, model);
  return consensus ? withConsensus(model, results, consensus) : results;
}
