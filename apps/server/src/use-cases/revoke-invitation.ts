import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { lockInvitingAssessment, presentInvitation } from './stakeholder-support.js';

/**
 * Revokes an invitation: its link stops working for good (whatever the assessment's state, since
 * closing a door is always allowed). The respondent's answers stay, as part of the results.
 * Revoking a revoked invitation changes nothing.
 */
export async function revokeInvitation(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  invitationId: string,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await lockInvitingAssessment(tx, access.scope, assessmentId, {
      open: false,
    });
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    const before = await repositories.getInvitation(tx, access.scope, assessmentId, invitationId);
    if (!before) throw notFound();
    if (before.revokedAt !== null) return presentInvitation(before, total);
    const revokedAt = new Date();
    await repositories.updateInvitation(tx, access.scope, assessmentId, invitationId, {
      revokedAt,
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: invitationId,
      ip,
    });
    return presentInvitation({ ...before, revokedAt }, total);
  });
}
