import { stakeholderAnswerRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { InvitationLinkAccess } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { stakeholderAnswerError } from './stakeholder-support.js';

/**
 * An invited stakeholder says they have finished (`completed`), or that they have not after all.
 * Either is allowed while they could change their answers (until the reveal); finishing does not
 * lock the answers, it tells the facilitator's progress view. Saying the same twice changes
 * nothing (the first completion time stays).
 */
export async function setInvitedResponseCompleted(
  ctx: AppContext,
  link: InvitationLinkAccess,
  completed: boolean,
  ip: string,
): Promise<{ completedAt: string | null }> {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await repositories.lockAssessment(tx, link.scope, link.assessmentId);
    // Read again under the assessment's lock: a revocation (which takes the lock) is seen.
    const invitation = await repositories.getInvitation(
      tx,
      link.scope,
      link.assessmentId,
      link.invitationId,
    );
    if (!assessment || !invitation) throw new HttpError(404, 'invitation-not-found');
    const refusal = stakeholderAnswerRefusal(assessment, invitation, new Date());
    if (refusal) throw stakeholderAnswerError(refusal);
    if ((invitation.completedAt !== null) === completed)
      return { completedAt: invitation.completedAt?.toISOString() ?? null };
    const completedAt = completed ? new Date() : null;
    await repositories.setRespondentCompleted(tx, link.scope, link.respondentId, completedAt);
    await repositories.appendAssessmentEvent(tx, link.scope, link.assessmentId, {
      actorUserId: null,
      action: completed ? 'respondent.complete' : 'respondent.reopen',
      targetType: 'respondent',
      targetId: link.respondentId,
      ip,
      details: { invitationId: link.invitationId },
    });
    return { completedAt: completedAt?.toISOString() ?? null };
  });
}
