import type { ModelIndex } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';

/** A characteristic singled out as a strength or a weakness. */
export interface StandoutCharacteristic {
  characteristic: string;
  /** Current-level median. */
  current: number;
  /** Share of respondents within one level of the median (0–1). */
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
 * Strengths: the characteristics with the highest current medians, at least level 3; weaknesses:
 * the lowest, at most level 2. Each list has at most `limit` entries, ordered by median (best or
 * worst first), then by agreement (the more agreed, the first), then model order. Characteristics
 * without a current median are in neither list.
 */
export function strengthsAndWeaknesses(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult>>,
  limit = 5,
): StrengthsAndWeaknesses {
  const rated = model.characteristics.flatMap((c) => {
    const stats = results[c.id]?.current;
    if (!stats || stats.median === null) return [];
    return [
      { characteristic: c.id, current: stats.median, agreement: stats.agreement, order: c.order },
    ];
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
