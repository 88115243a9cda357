import type { FunctionLink, LocalizedText, ModelIndex, OtherModel } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import { officialLevels } from '../scoring/official-levels.js';
import { characteristicsOfTarget } from './targets.js';

/** One level of another model and the level of this model it roughly corresponds to (table 4). */
export type MappedLevel = NonNullable<OtherModel['level_mapping']>[number];

/** An ISO 18091 local-government function (table and number of its Annex A), as Annex C lists it. */
export type LinkedFunction = FunctionLink['functions'][number];

/**
 * The level reached: a median of 2.5 has reached level 2, not 3 (the same rule as the guidance).
 * Null when there is no level.
 */
export function reachedLevel(level: number | null): number | null {
  return level === null ? null : Math.floor(level);
}

/**
 * The level of another model that a level of this model roughly corresponds to, by the mapping
 * table 4 gives (ISO 18091: red ≈ 1, yellow ≈ 2, green ≈ 3). The level reached (see
 * {@link reachedLevel}) maps to the mapped level with the highest `approximate_level` not above it,
 * so levels above the top of the mapping (4 and 5) map to the top (green). Null when the level is
 * unknown, the model gives no mapping, or the level is below the lowest mapped one.
 */
export function mappedLevel(
  other: Pick<OtherModel, 'level_mapping'>,
  level: number | null,
): MappedLevel | null {
  const reached = reachedLevel(level);
  if (reached === null) return null;
  let best: MappedLevel | null = null;
  for (const mapped of other.level_mapping ?? []) {
    if (mapped.approximate_level > reached) continue;
    if (!best || mapped.approximate_level > best.approximate_level) best = mapped;
  }
  return best;
}

/** One characteristic (for ISO 18091: a purpose) seen through another model's levels. */
export interface TrafficLightRow {
  characteristic: string;
  name: LocalizedText;
  /** Official current level (median or consensus); null when nobody gave one. */
  current: number | null;
  /** Official level planned in two years; null when nobody gave one. */
  target: number | null;
  /** Where the official levels come from: a workshop's consensus or the ratings' medians. */
  basis: 'consensus' | 'ratings';
  /** The other model's level the current level roughly corresponds to. */
  currentLight: MappedLevel | null;
  /** The other model's level the planned level roughly corresponds to. */
  targetLight: MappedLevel | null;
  /** Annex C: the ISO 18091 functions linked to the characteristic (or its sub-dimension). */
  functions: LinkedFunction[];
}

/** Another model whose levels the standard maps onto this model's, with a row per target. */
export interface TrafficLights {
  model: OtherModel;
  /** The mapping, lowest level first. */
  levels: MappedLevel[];
  rows: TrafficLightRow[];
}

/**
 * For every other model of table 4 that maps its levels onto this model's (ISO 18091's red /
 * yellow / green), each characteristic it targets (ISO 18091: the six purposes 4.1–4.6) with its
 * official current and planned levels, the other model's level each roughly corresponds to, and
 * the local-government functions Annex C links to it.
 */
export function trafficLights(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult | undefined>>,
): TrafficLights[] {
  const functionLinks = model.pack.function_links ?? [];
  return (model.pack.other_models ?? [])
    .filter((other) => (other.level_mapping ?? []).length > 0)
    .map((other) => {
      const ids = [...new Set(other.targets.flatMap((t) => characteristicsOfTarget(model, t)))];
      const rows = model.characteristics
        .filter((c) => ids.includes(c.id))
        .map((c): TrafficLightRow => {
          const official = officialLevels(results[c.id]);
          const scope = new Set([c.id, c.subdimensionId]);
          return {
            characteristic: c.id,
            name: c.characteristic.name,
            current: official.current,
            target: official.target,
            basis: official.basis,
            currentLight: mappedLevel(other, official.current),
            targetLight: mappedLevel(other, official.target),
            functions: uniqueFunctions(
              functionLinks.filter((l) => scope.has(l.target)).flatMap((l) => l.functions),
            ),
          };
        });
      const levels = [...(other.level_mapping ?? [])].sort(
        (a, b) => a.approximate_level - b.approximate_level,
      );
      return { model: other, levels, rows };
    });
}

/** Functions without repeats (same table, number and name), in the order given. */
function uniqueFunctions(functions: readonly LinkedFunction[]): LinkedFunction[] {
  const seen = new Set<string>();
  return functions.filter((f) => {
    const key = `${f.table}|${String(f.number)}|${f.name.zh}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
