import type { ModelIndex } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import { officialLevels } from '../scoring/official-levels.js';

/** A characteristic singled out as a strength or a weakness. */
export interface StandoutCharacteristic {
  characteristic: string;
  /** Official current level (the median, or the agreed consensus). */
  current: number;
  /** Share of respondents within one level of the median of their ratings (0–1). */
  agreement: number | null;
}

/** The city's strengths and weaknesses on its current levels. */
export interface StrengthsAndWeaknesses {
  strengths: StandoutCharacteristic[];
  weaknesses: StandoutCharacteristic[];
}

/** A characteristic needs at least this current median to count as a strength ("implemented"). */
export const strengthMinimumLevel = 3;
/** A characteristic with at most this current median counts as a weakness ("partially implemented"). */
export const weaknessMaximumLevel = 2;

/**
 * Strengths: the characteristics with the highest official current levels (medians, or the
 * consensus of a facilitated workshop), at least level 3; weaknesses: the lowest, at most level 2.
 * Each list has at most `limit` entries, ordered by that level (best or
 * worst first), then by agreement (the more agreed, the first), then model order. Characteristics
 * without an official current level are in neither list.
 */
export function strengthsAndWeaknesses(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult>>,
  limit = 5,
): StrengthsAndWeaknesses {
  const rated = model.characteristics.flatMap((c) => {
    const result = results[c.id];
    const current = officialLevels(result).current;
    if (!result || current === null) return [];
    return [{ characteristic: c.id, current, agreement: result.current.agreement, order: c.order }];
  });
  const byAgreementThenOrder = (a: (typeof rated)[number], b: (typeof rated)[number]) =>
    (b.agreement ?? 0) - (a.agreement ?? 0) || a.order - b.order;
  const strip = (r: (typeof rated)[number]): StandoutCharacteristic => ({
    characteristic: r.characteristic,
    current: r.current,
    agreement: r.agreement,
  });
  const strengths = rated
    .filter((r) => r.current >= strengthMinimumLevel)
    .sort((a, b) => b.current - a.current || byAgreementThenOrder(a, b))
    .slice(0, limit)
    .map(strip);
  const weaknesses = rated
    .filter((r) => r.current <= weaknessMaximumLevel)
    .sort((a, b) => a.current - b.current || byAgreementThenOrder(a, b))
    .slice(0, limit)
    .map(strip);
  return { strengths, weaknesses };
}
