import type { ModelIndex, OperatingModelPack } from '@citymaturity/model';
import { guidanceFor } from '../guidance/characteristic-guidance.js';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import { officialLevels } from '../scoring/official-levels.js';

// Which ISO 37106 components close the gaps of a maturity assessment. The link between the two
// standards is ISO/TS 37107 Annex B (and the pack's `component_links`), walked by the guidance:
// it links characteristics to components, never to single recommendations.

/** A characteristic a component serves, with its official levels in the assessment. */
export interface LinkedCharacteristic {
  characteristicId: string;
  /** Official current level (the consensus, or the median); null when unknown or without an assessment. */
  current: number | null;
  /** Official two-year target; null when unknown or without an assessment. */
  target: number | null;
  /** target − current; null when either is missing. Negative when a decline is planned. */
  gap: number | null;
}

/** How much a component matters for this city's plan (see {@link componentGaps}). */
export interface ComponentPriority {
  /** Sum of the positive gaps of the characteristics the component serves. */
  gapSum: number;
  /** The largest positive gap among them (0 when none). */
  gapMax: number;
  /** How many of them have a gap > 0. */
  characteristicsWithGap: number;
  /** 1 = the component that serves the most planned improvement; null when it serves none. */
  rank: number | null;
}

/** One component of the operating model with the characteristics it serves and its priority. */
export interface ComponentGaps {
  code: string;
  /** In the maturity model's order; empty when Annex B links no characteristic to it. */
  characteristics: LinkedCharacteristic[];
  /** Null without an assessment. */
  priority: ComponentPriority | null;
}

/** A characteristic with a planned improvement and the components that close it. */
export interface CharacteristicGap {
  characteristicId: string;
  current: number;
  target: number;
  gap: number;
  /** Component codes (pack order) that Annex B links to it; empty when there are none. */
  componentCodes: string[];
}

/**
 * The characteristics each component of the operating model serves, by component code, in the
 * maturity model's order: the components of a characteristic's guidance (Annex B's sub-clauses for
 * the characteristic, its sub-dimension and its dimension, and the pack's `component_links`; a part
 * code such as `C` stands for all its components). Every component of the pack has an entry; one
 * that Annex B never cites has an empty list (nothing is invented).
 */
export function characteristicsByComponent(
  model: ModelIndex,
  operatingModel: OperatingModelPack,
): Map<string, string[]> {
  const byComponent = new Map<string, string[]>(operatingModel.components.map((c) => [c.code, []]));
  for (const { id } of model.characteristics) {
    for (const component of guidanceFor(model, id, null, operatingModel).components)
      byComponent.get(component.code)?.push(id);
  }
  return byComponent;
}

/** A component's priority from the gaps of the characteristics it serves (rank set later). */
function priorityOf(characteristics: readonly LinkedCharacteristic[]): ComponentPriority {
  const positive = characteristics.flatMap((c) => (c.gap !== null && c.gap > 0 ? [c.gap] : []));
  return {
    gapSum: positive.reduce((sum, gap) => sum + gap, 0),
    gapMax: positive.reduce((max, gap) => Math.max(max, gap), 0),
    characteristicsWithGap: positive.length,
    rank: null,
  };
}

/**
 * Every component of the operating model (pack order) with the characteristics it serves through
 * Annex B, their official levels and gap in the assessment, and the component's priority for this
 * city. The rule, with no hidden weights:
 *
 * - a characteristic's gap is its official target − official current (the consensus where a
 *   workshop agreed one, the medians elsewhere); a planned decline or an unknown level counts as
 *   no gap;
 * - a component's priority is the **sum of the positive gaps** it serves (the planned improvement
 *   it helps deliver: serving three characteristics that must rise one level each weighs as much as
 *   serving one that must rise three), with the count of those characteristics and the largest gap;
 * - components are ranked by that sum, then by the count, then by the largest gap, then in pack
 *   order; a component serving no planned improvement has no rank.
 *
 * The priority can only grow when a gap grows (it is monotone in the gaps).
 * @param results the assessment's characteristic results (the score's `characteristics`);
 *   undefined when there is no assessment: the links are given without levels or priorities
 */
export function componentGaps(
  model: ModelIndex,
  operatingModel: OperatingModelPack,
  results?: Readonly<Record<string, CharacteristicResult>>,
): ComponentGaps[] {
  const links = characteristicsByComponent(model, operatingModel);
  const levels = (id: string): LinkedCharacteristic => {
    if (!results) return { characteristicId: id, current: null, target: null, gap: null };
    const { current, target } = officialLevels(results[id]);
    return {
      characteristicId: id,
      current,
      target,
      gap: current === null || target === null ? null : target - current,
    };
  };
  const components = operatingModel.components.map((component) => {
    const characteristics = (links.get(component.code) ?? []).map(levels);
    return {
      code: component.code,
      characteristics,
      priority: results ? priorityOf(characteristics) : null,
    };
  });
  const ranked = components
    .map((c, order) => ({ priority: c.priority, order }))
    .filter(
      (c): c is { priority: ComponentPriority; order: number } =>
        c.priority !== null && c.priority.gapSum > 0,
    )
    .sort(
      (a, b) =>
        b.priority.gapSum - a.priority.gapSum ||
        b.priority.characteristicsWithGap - a.priority.characteristicsWithGap ||
        b.priority.gapMax - a.priority.gapMax ||
        a.order - b.order,
    );
  ranked.forEach((c, i) => {
    c.priority.rank = i + 1;
  });
  return components;
}

/**
 * The assessment's planned improvements pointed at the components that close them: every
 * characteristic with a gap > 0 (official levels), ordered like the priorities (largest gap, then
 * lowest current level, then model order), with the component codes Annex B links to it.
 */
export function gapsToComponents(
  model: ModelIndex,
  operatingModel: OperatingModelPack,
  results: Readonly<Record<string, CharacteristicResult>>,
): CharacteristicGap[] {
  const gaps = model.characteristics.flatMap((c) => {
    const { current, target } = officialLevels(results[c.id]);
    if (current === null || target === null || target - current <= 0) return [];
    // The guidance gives the components in pack order.
    const componentCodes = guidanceFor(model, c.id, null, operatingModel).components.map(
      (component) => component.code,
    );
    return [
      {
        gap: { characteristicId: c.id, current, target, gap: target - current, componentCodes },
        order: c.order,
      },
    ];
  });
  gaps.sort((a, b) => b.gap.gap - a.gap.gap || a.gap.current - b.gap.current || a.order - b.order);
  return gaps.map((g) => g.gap);
}
