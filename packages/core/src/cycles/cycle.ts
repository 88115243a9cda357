import type { ModelIndex } from '@citymaturity/model';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';

/** The status of an assessment: only submitted ones are cycles unless drafts are asked for. */
export type CycleStatus = 'draft' | 'submitted';

/**
 * One assessment of an organisation, scored: a cycle of its improvement process (ISO/TS 37107 5.2:
 * a city is typically re-assessed every two years, against the plan it made at the previous
 * assessment). The characteristic results are those `scoreAssessment` gives, so the official
 * levels are the consensus where a workshop agreed one and the medians of the ratings elsewhere.
 */
export interface ScoredCycle {
  assessmentId: string;
  /** The date of the assessment, ISO 8601 (yyyy-mm-dd). */
  date: string;
  status: CycleStatus;
  /** The maturity model it was scored with: its characteristics and structure. */
  model: ModelIndex;
  /** The model version the assessment records (default: the version of `model`). */
  modelVersion?: string | undefined;
  characteristics: Readonly<Record<string, CharacteristicResult>>;
}

/** A cycle as the trend and the plan realisation name it. */
export interface CycleRef {
  assessmentId: string;
  date: string;
  status: CycleStatus;
  /** A draft counted as a cycle (asked for): its levels may still change. */
  provisional: boolean;
  model: { id: string; version: string };
}

/** Options of the cycle rules. */
export interface CycleOptions {
  /** Count draft assessments as cycles too, flagged provisional (default: submitted only). */
  includeDrafts?: boolean;
}

/** The reference of a cycle. */
export function cycleRef(cycle: ScoredCycle): CycleRef {
  return {
    assessmentId: cycle.assessmentId,
    date: cycle.date,
    status: cycle.status,
    provisional: cycle.status !== 'submitted',
    model: { id: cycle.model.pack.meta.id, version: modelVersionOf(cycle) },
  };
}

/** The model version a cycle was assessed against. */
export function modelVersionOf(cycle: ScoredCycle): string {
  return cycle.modelVersion ?? cycle.model.pack.meta.version;
}

/** True when two cycles were assessed against the same model id and version. */
export function sameModel(a: ScoredCycle, b: ScoredCycle): boolean {
  return a.model.pack.meta.id === b.model.pack.meta.id && modelVersionOf(a) === modelVersionOf(b);
}

/**
 * The cycles in order: submitted assessments (and drafts when asked for), by date, oldest first.
 * Assessments of the same date keep the order they were given in (the caller gives them in the
 * order they were created), so the result does not depend on anything else.
 */
export function orderCycles<T extends Pick<ScoredCycle, 'date' | 'status'>>(
  cycles: readonly T[],
  options: CycleOptions = {},
): T[] {
  return cycles
    .filter((c) => options.includeDrafts === true || c.status === 'submitted')
    .map((cycle, index) => ({ cycle, index }))
    .sort((a, b) => a.cycle.date.localeCompare(b.cycle.date) || a.index - b.index)
    .map(({ cycle }) => cycle);
}
