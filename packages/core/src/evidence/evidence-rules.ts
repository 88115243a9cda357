import { usesConsensus, usesInvitations } from '../assessment/methods.js';
import {
  stakeholderAnswerRefusal,
  type InvitationRefusal,
  type InvitationState,
  type StakeholderAssessmentState,
} from '../assessment/stakeholder-rules.js';

/** Why evidence cannot be added to (or removed from) a rating or consensus item, or null when it can. */
export type EvidenceChangeRefusal =
  'not-allowed' | 'not-draft' | 'revealed' | 'not-facilitated' | InvitationRefusal;

/**
 * Evidence of a respondent's rating changes under the rules of the answers it supports: only by
 * someone who may edit that response (`mayEditResponse`: the respondent themselves, or the team
 * for a single-stakeholder assessment), or by whoever added the item (`isOwner`, removal only);
 * only while the assessment is a draft; and, where stakeholders rate blind, not after the results
 * are revealed (rating closes then).
 */
export function ratingEvidenceRefusal(
  assessment: StakeholderAssessmentState,
  caller: { mayEditResponse: boolean; isOwner?: boolean },
): EvidenceChangeRefusal | null {
  if (!caller.mayEditResponse && !caller.isOwner) return 'not-allowed';
  if (assessment.status !== 'draft') return 'not-draft';
  if (usesInvitations(assessment.method) && assessment.revealedAt !== null) return 'revealed';
  return null;
}

/**
 * An invited stakeholder (no account, a personal link) changes the evidence of their own rating
 * only, while their link is valid, the assessment a draft and the results not revealed.
 */
export function invitedEvidenceRefusal(
  assessment: StakeholderAssessmentState,
  invitation: InvitationState & { respondentId: string },
  evidenceRespondentId: string | null,
  now: Date,
): EvidenceChangeRefusal | null {
  if (evidenceRespondentId !== invitation.respondentId) return 'not-allowed';
  return stakeholderAnswerRefusal(assessment, invitation, now);
}

/**
 * Evidence of a consensus item is added by whoever facilitates the workshop (`mayFacilitate`) and
 * removed by them or by whoever added it, only in a facilitated workshop and while the assessment
 * is a draft. The item itself need not be agreed yet: documents can be gathered before the
 * workshop discusses the characteristic.
 */
export function consensusEvidenceRefusal(
  assessment: StakeholderAssessmentState,
  caller: { mayFacilitate: boolean; isOwner?: boolean },
): EvidenceChangeRefusal | null {
  if (!caller.mayFacilitate && !caller.isOwner) return 'not-allowed';
  if (!usesConsensus(assessment.method)) return 'not-facilitated';
  if (assessment.status !== 'draft') return 'not-draft';
  return null;
}
