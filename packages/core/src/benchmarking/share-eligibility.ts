import { usesConsensus } from '../assessment/methods.js';

/** What a member city agreed to share with a consortium. */
export const consortiumSharingChoices = ['consensus', 'audited'] as const;
export type ConsortiumSharing = (typeof consortiumSharingChoices)[number];

/** What decides whether an assessment may be shared. */
export interface ShareableAssessment {
  status: 'draft' | 'submitted';
  method: string;
  /** True when an external audit statement has been issued on it. */
  auditIssued: boolean;
}

/**
 * Why an assessment may not be shared: `not-submitted` (only final results are shared) or
 * `not-eligible` (not a result the city agreed to share).
 */
export type ShareRefusal = 'not-submitted' | 'not-eligible';

/**
 * Whether a member may share an assessment under its sharing choice. The issue allows "consensus
 * or audited ones only": with `consensus`, a submitted facilitated workshop (its official result
 * is the agreed consensus) or any submitted assessment with an issued audit statement; with
 * `audited`, only assessments with an issued audit statement. Unaudited single- and
 * multi-stakeholder results are never shared. Null when the assessment may be shared.
 */
export function shareRefusal(
  sharing: ConsortiumSharing,
  assessment: ShareableAssessment,
): ShareRefusal | null {
  if (assessment.status !== 'submitted') return 'not-submitted';
  if (assessment.auditIssued) return null;
  if (sharing === 'consensus' && usesConsensus(assessment.method)) return null;
  return 'not-eligible';
}
