import type { LocalizedText, ModelIndex, OperatingModelPack } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import { officialLevels } from '../scoring/official-levels.js';
import { guidanceFor, type CharacteristicGuidance } from './characteristic-guidance.js';

/** A characteristic the city plans to improve, with what it takes to reach the next level. */
export interface Priority {
  /** 1 = the first priority. */
  rank: number;
  characteristic: string;
  name: LocalizedText;
  /** Official current level (the median, or the agreed consensus). */
  current: number;
  /** Official target level (two-year plan). */
  target: number;
  /** Planned improvement in levels (target − current). */
  gap: number;
  guidance: CharacteristicGuidance;
}

/**
 * The priorities: every characteristic with a planned improvement (gap > 0), ordered by the
 * largest planned gap, then the lowest current level, then model order; each with its guidance
 * for the next level.
 */
export function prioritise(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult>>,
  operatingModel?: OperatingModelPack,
): Priority[] {
  const candidates = model.characteristics.flatMap((c) => {
    // The official levels: the medians, or the consensus of a facilitated workshop.
    const { current, target } = officialLevels(results[c.id]);
    if (current === null || target === null || target - current <= 0) return [];
    return [
      {
        id: c.id,
        order: c.order,
        name: c.characteristic.name,
        current,
        target,
        gap: target - current,
      },
    ];
  });
  candidates.sort((a, b) => b.gap - a.gap || a.current - b.current || a.order - b.order);
  return candidates.map((c, i) => ({
    rank: i + 1,
    characteristic: c.id,
    name: c.name,
    current: c.current,
    target: c.target,
    gap: c.gap,
    guidance: guidanceFor(model, c.id, c.current, operatingModel),
  }));
}
