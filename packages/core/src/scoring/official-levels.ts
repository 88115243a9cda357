import type { ModelIndex } from '@citymaturity/model';
import type { CharacteristicResult } from './characteristic-results.js';
import { checkPlan } from './plan-checks.js';
import type { RatingValue } from './tally.js';

/**
 * What a facilitated workshop recorded for one characteristic: the agreed current level and
 * two-year target (a level or "unknown"; empty while the item is reopened), why, and any dissent.
 */
export interface ConsensusLevels {
  current?: RatingValue;
  target?: RatingValue;
  rationale?: string | undefined;
  dissent?: string | undefined;
}

/** An agreed consensus item as a characteristic's result carries it. */
export interface ConsensusResult {
  current: number | 'unknown';
  target: number | 'unknown';
  rationale: string;
  dissent: string;
}

/**
 * The official levels of a characteristic: the consensus of a facilitated workshop when one is
 * agreed (`basis: 'consensus'`), otherwise the medians of the individual ratings
 * (`basis: 'ratings'`). Null when there is no level ("unknown", or nobody gave a level).
 */
export interface OfficialLevels {
  current: number | null;
  target: number | null;
  basis: 'consensus' | 'ratings';
}

function agreedValue(value: RatingValue, levels: number): number | 'unknown' | null {
  if (value === 'unknown') return 'unknown';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= levels)
    return value;
  return null;
}

/**
 * The agreed consensus of an item, or null when it is not agreed: both measures must hold a level
 * of the model or "unknown" (an item reopened for discussion has neither; an out-of-range level
 * counts as no answer, as it does for ratings).
 */
export function agreedConsensus(
  item: ConsensusLevels | undefined,
  levels: number,
): ConsensusResult | null {
  if (!item) return null;
  const current = agreedValue(item.current, levels);
  const target = agreedValue(item.target, levels);
  if (current === null || target === null) return null;
  return { current, target, rationale: item.rationale ?? '', dissent: item.dissent ?? '' };
}

/** The official levels of a characteristic result (see {@link OfficialLevels}). */
export function officialLevels(result: CharacteristicResult | undefined): OfficialLevels {
  const consensus = result?.consensus;
  if (consensus) {
    const level = (v: number | 'unknown') => (v === 'unknown' ? null : v);
    return {
      current: level(consensus.current),
      target: level(consensus.target),
      basis: 'consensus',
    };
  }
  return {
    current: result?.current.median ?? null,
    target: result?.target.median ?? null,
    basis: 'ratings',
  };
}

/** How far a workshop's consensus is: characteristics of the model with an agreed item. */
export function consensusProgress(
  model: ModelIndex,
  consensus: Readonly<Record<string, ConsensusLevels | undefined>>,
): { agreed: number; total: number } {
  const levels = model.levels.length;
  const agreed = model.characteristics.filter(
    (c) => agreedConsensus(consensus[c.id], levels) !== null,
  ).length;
  return { agreed, total: model.characteristics.length };
}

/**
 * Makes the consensus the official result: every characteristic with an agreed item carries it,
 * and its gap and plan flag are computed from the agreed levels. The statistics of the individual
 * ratings (`current`, `target`) stay as they are: they are the consensus's evidence.
 * Characteristics without an agreed item keep their medians as official levels.
 */
export function withConsensus(
  model: ModelIndex,
  results: Readonly<Record<string, CharacteristicResult>>,
  consensus: Readonly<Record<string, ConsensusLevels | undefined>>,
): Record<string, CharacteristicResult> {
  const levels = model.levels.length;
  const out: Record<string, CharacteristicResult> = {};
  for (const [id, result] of Object.entries(results)) {
    const agreed = agreedConsensus(consensus[id], levels);
    if (!agreed) {
      out[id] = result;
      continue;
    }
    const withItem = { ...result, consensus: agreed };
    const official = officialLevels(withItem);
    out[id] = {
      ...withItem,
      gap:
        official.current !== null && official.target !== null
          ? official.target - official.current
          : null,
      plan: checkPlan(official.current, official.target),
    };
  }
  return out;
}
