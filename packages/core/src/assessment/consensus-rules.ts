import { usesConsensus } from './methods.js';
import type { StakeholderAssessmentState } from './stakeholder-rules.js';

/** Why the consensus of an assessment cannot be edited (or the workshop moved), or null. */
export type ConsensusRefusal = 'not-facilitated' | 'not-draft' | 'not-revealed';

/**
 * The workshop records the consensus of a facilitated assessment after the individual results are
 * revealed (the workshop discusses them) and until the assessment is submitted.
 */
export function consensusRefusal(assessment: StakeholderAssessmentState): ConsensusRefusal | null {
  if (!usesConsensus(assessment.method)) return 'not-facilitated';
  if (assessment.status !== 'draft') return 'not-draft';
  if (assessment.revealedAt === null) return 'not-revealed';
  return null;
}

/**
 * Optimistic concurrency for items two people may edit at once: an edit names the version it
 * started from (0 for an item that did not exist yet). It applies only when that is still the
 * stored version (0 when there is none); otherwise it is a conflict, never a silent overwrite.
 */
export function versionConflict(expected: number, stored: number | null): boolean {
  return expected !== (stored ?? 0);
}
