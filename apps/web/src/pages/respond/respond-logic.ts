import type { InvitedResponse } from '../../api/respond.js';

// Pure rules of the invited stakeholder's pages (tested in respond-logic.test.ts).

/** Why a link cannot be opened: what the page then says (and what to do). */
export type LinkProblem = 'not-found' | 'revoked' | 'expired' | 'rate-limited' | 'other';

/** The problem of an API error (its status and code), or of another failure (undefined). */
export function linkProblemOf(error: { status: number; code: string } | undefined): LinkProblem {
  if (!error) return 'other';
  if (error.code === 'invitation-revoked') return 'revoked';
  if (error.code === 'invitation-expired') return 'expired';
  if (error.code === 'invitation-not-found' || error.status === 404) return 'not-found';
  if (error.status === 429) return 'rate-limited';
  return 'other';
}

/** A dead link cannot come back by trying again; a busy or unreachable server can. */
export function mayRetry(problem: LinkProblem): boolean {
  return problem === 'rate-limited' || problem === 'other';
}

/** Days left before the link expires, to the nearest day (0 in its last half day). */
export function daysLeft(expiresAt: string, now: Date = new Date()): number {
  const end = new Date(expiresAt).getTime();
  return Math.round((end - now.getTime()) / (24 * 60 * 60 * 1000));
}

/** Why the answers can no longer change, or null while they can. */
export type ClosedReason = 'revealed' | 'submitted' | 'closed';

export function closedReason(
  response: Pick<InvitedResponse, 'editable' | 'closedBecause' | 'assessment'>,
): ClosedReason | null {
  if (response.assessment.revealed || response.closedBecause === 'revealed') return 'revealed';
  if (response.closedBecause === 'not-draft') return 'submitted';
  return response.editable ? null : 'closed';
}

/** The way into the questionnaire: start, continue, or (all answered / closed) review. */
export type AnswerAction = 'start' | 'continue' | 'review' | 'read';

export function answerAction(
  progress: { answered: number; total: number },
  editable: boolean,
): AnswerAction {
  if (!editable) return 'read';
  if (progress.answered === 0) return 'start';
  return progress.answered < progress.total ? 'continue' : 'review';
}
