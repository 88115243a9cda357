import type { ModelIndex } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import { officialLevels } from '../scoring/official-levels.js';

/** What a dotted id of a pack link (a target of Annex B, Annex C or table 4) names. */
export type TargetKind = 'characteristic' | 'subdimension' | 'dimension';

/**
 * The kind of element a link target names. A purpose's id ("4.1") names both a sub-dimension and
 * its only characteristic: it counts as the characteristic. Undefined when the model has no such id.
 */
export function targetKind(model: ModelIndex, target: string): TargetKind | undefined {
  if (model.characteristicById.has(target)) return 'characteristic';
  if (model.subdimensionById.has(target)) return 'subdimension';
  if (model.dimensionById.has(target)) return 'dimension';
  return undefined;
}

/** The characteristics a link target covers, in model order (none for an unknown id). */
export function characteristicsOfTarget(model: ModelIndex, target: string): string[] {
  return model.characteristics
    .filter((c) => c.id === target || c.subdimensionId === target || c.dimensionId === target)
    .map((c) => c.id);
}

/** A characteristic's official levels and planned gap, as the link views show them. */
export interface CharacteristicLevels {
  characteristic: string;
  /** Official current level: the median of the ratings, or a workshop's consensus; null if none. */
  current: number | null;
  /** Official level planned in two years; null if none. */
  target: number | null;
  /** target − current; null when either is missing. */
  gap: number | null;
}

/** The official levels of one characteristic (see {@link officialLevels}). */
export function characteristicLevels(
  results: Readonly<Record<string, CharacteristicResult | undefined>>,
  characteristic: string,
): CharacteristicLevels {
  const { current, target } = officialLevels(results[characteristic]);
  return {
    characteristic,
    current,
    target,
    gap: current !== null && target !== null ? target - current : null,
  };
}
