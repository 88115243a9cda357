import type { LocalizedText, ModelIndex, OtherModel } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import type { Rollup } from '../scoring/rollup.js';
import {
  characteristicLevels,
  characteristicsOfTarget,
  targetKind,
  type CharacteristicLevels,
  type TargetKind,
} from './targets.js';

/** What the scores give for the targets of table 4: characteristics and roll-ups. */
export interface TargetScores {
  characteristics: Readonly<Record<string, CharacteristicResult | undefined>>;
  subdimensions: Readonly<Record<string, Rollup | undefined>>;
  dimensions: Readonly<Record<string, Rollup | undefined>>;
}

/** One part of this model that another model connects to, with the city's levels on it. */
export interface OtherModelTarget {
  /** The id of the characteristic, sub-dimension or dimension. */
  id: string;
  kind: TargetKind;
  name: LocalizedText;
  /**
   * Current level: a characteristic's official level, or for a sub-dimension or dimension the
   * roll-up (mean of its characteristics' official levels, one decimal). Null when none.
   */
  current: number | null;
  /** The level planned in two years, the same way. */
  target: number | null;
  /** Planned minus current (for roll-ups, of the two means, one decimal). */
  gap: number | null;
  /** For a sub-dimension or dimension: its characteristics with their levels (none for a characteristic). */
  characteristics: CharacteristicLevels[];
}

/** Another maturity model of table 4 with the city's levels on the parts it connects to. */
export interface OtherModelRow {
  model: OtherModel;
  /** The parts of this model it targets, in the order table 4 gives (unknown ids left out). */
  targets: OtherModelTarget[];
}

function targetOf(model: ModelIndex, scores: TargetScores, id: string): OtherModelTarget | null {
  const kind = targetKind(model, id);
  if (kind === 'characteristic') {
    const { current, target, gap } = characteristicLevels(scores.characteristics, id);
    const name = model.characteristicById.get(id)?.characteristic.name;
    return name ? { id, kind, name, current, target, gap, characteristics: [] } : null;
  }
  if (kind === undefined) return null;
  const rollup = kind === 'subdimension' ? scores.subdimensions[id] : scores.dimensions[id];
  const name =
    kind === 'subdimension'
      ? model.subdimensionById.get(id)?.name
      : model.dimensionById.get(id)?.name;
  if (!name) return null;
  return {
    id,
    kind,
    name,
    current: rollup?.current ?? null,
    target: rollup?.target ?? null,
    gap: rollup?.gap ?? null,
    characteristics: characteristicsOfTarget(model, id).map((c) =>
      characteristicLevels(scores.characteristics, c),
    ),
  };
}

/**
 * Table 4 of the standard with the city's results: each other maturity model with the
 * characteristics, sub-dimensions or dimensions it connects to and the city's levels on them.
 */
export function otherModelRows(model: ModelIndex, scores: TargetScores): OtherModelRow[] {
  return (model.pack.other_models ?? []).map((other) => ({
    model: other,
    targets: other.targets.flatMap((id) => targetOf(model, scores, id) ?? []),
  }));
}
