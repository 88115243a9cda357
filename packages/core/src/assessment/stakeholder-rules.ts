import { usesInvitations } from './methods.js';

/** What the rules need to know of an invitation link. */
export interface InvitationState {
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Why an invitation link does not open, or null when it does. */
export type InvitationRefusal = 'revoked' | 'expired';

/** An invitation link opens until it is revoked or expires. */
export function invitationRefusal(
  invitation: InvitationState,
  now: Date,
): InvitationRefusal | null {
  if (invitation.revokedAt !== null) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

/** Where an invited stakeholder is, for the progress view (never their answers). */
export type InvitationStatus = 'revoked' | 'expired' | 'not-opened' | 'in-progress' | 'completed';

/**
 * The status of an invitation: revoked or expired links first; then completed (every
 * characteristic answered, or the respondent said they had finished), in progress (opened, or
 * some answers), or not opened yet.
 */
export function invitationStatus(
  invitation: InvitationState & {
    firstUsedAt: Date | null;
    completedAt: Date | null;
    answered: number;
    total: number;
  },
  now: Date,
): InvitationStatus {
  const refusal = invitationRefusal(invitation, now);
  if (refusal) return refusal;
  if (invitation.completedAt !== null || invitation.answered >= invitation.total)
    return 'completed';
  if (invitation.firstUsedAt !== null || invitation.answered > 0) return 'in-progress';
  return 'not-opened';
}

/** An assessment as the stakeholder rules see it. */
export interface StakeholderAssessmentState {
  method: string;
  status: 'draft' | 'submitted';
  revealedAt: Date | null;
}

/** Why an invited stakeholder cannot change their answers, or null when they can. */
export type StakeholderAnswerRefusal = InvitationRefusal | 'not-draft' | 'revealed';

/**
 * An invited stakeholder answers while the assessment is a draft and the results are not revealed
 * (rating is blind: once everybody's results are shown, answers no longer change), and while their
 * link is valid.
 */
export function stakeholderAnswerRefusal(
  assessment: StakeholderAssessmentState,
  invitation: InvitationState,
  now: Date,
): StakeholderAnswerRefusal | null {
  const refusal = invitationRefusal(invitation, now);
  if (refusal) return refusal;
  if (assessment.status !== 'draft') return 'not-draft';
  if (assessment.revealedAt !== null) return 'revealed';
  return null;
}

/** Why results cannot be revealed, or null when they can. */
export type RevealRefusal = 'no-invitations' | 'not-draft' | 'already-revealed' | 'no-answers';

/**
 * The facilitator reveals the results of a multi-stakeholder or facilitated assessment once, while
 * it is a draft and someone has answered: from then on every invited stakeholder sees the results,
 * and rating closes.
 */
export function revealRefusal(
  assessment: StakeholderAssessmentState,
  respondentsWithAnswers: number,
): RevealRefusal | null {
  if (!usesInvitations(assessment.method)) return 'no-invitations';
  if (assessment.status !== 'draft') return 'not-draft';
  if (assessment.revealedAt !== null) return 'already-revealed';
  if (respondentsWithAnswers === 0) return 'no-answers';
  return null;
}

/**
 * An invited stakeholder sees only their own answers until the results are revealed; members who
 * may view results see them (provisional while a draft) at any time.
 */
export function stakeholderSeesResults(assessment: StakeholderAssessmentState): boolean {
  return assessment.revealedAt !== null;
}

/**
 * The minimum group size is the promise stakeholders answer under (a group smaller than it is never
 * shown on its own): it may change until the results are revealed, not after.
 */
export function canChangeMinGroupSize(assessment: StakeholderAssessmentState): boolean {
  return assessment.status === 'draft' && assessment.revealedAt === null;
}
