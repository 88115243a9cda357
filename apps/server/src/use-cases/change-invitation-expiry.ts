import { invitationExpiry } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { lockInvitingAssessment, presentInvitation } from './stakeholder-support.js';

/**
 * Sets when an invitation's link expires: `validDays` from now (extending an expired link opens it
 * again). Draft assessments only; a revoked invitation stays revoked.
 */
export async function changeInvitationExpiry(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  invitationId: string,
  validDays: number,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await lockInvitingAssessment(tx, access.scope, assessmentId, {
      open: false,
    });
    if (assessment.status !== 'draft') throw new HttpError(409, 'assessment-not-draft');
    const before = await repositories.getInvitation(tx, access.scope, assessmentId, invitationId);
    if (!before) throw notFound();
    if (before.revokedAt !== null) throw new HttpError(409, 'invitation-revoked');
    const expiresAt = invitationExpiry(new Date(), validDays);
    await repositories.updateInvitation(tx, access.scope, assessmentId, invitationId, {
      expiresAt,
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'invitation.expiry',
      targetType: 'invitation',
      targetId: invitationId,
      ip,
      details: { expiresAt: expiresAt.toISOString() },
    });
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    return presentInvitation({ ...before, expiresAt }, total);
  });
}
