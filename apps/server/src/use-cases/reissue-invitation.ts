import { invitationExpiry } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import {
  lockInvitingAssessment,
  newInvitationLink,
  presentInvitation,
} from './stakeholder-support.js';

/**
 * Gives an invitation a new link (e.g. when the first was lost or forwarded): the old link stops
 * working at once, the new one is returned this once. The respondent and their answers stay. With
 * `validDays`, the link's expiry moves too. Draft assessments only; a revoked invitation stays
 * revoked.
 */
export async function reissueInvitation(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  invitationId: string,
  input: { validDays?: number | undefined },
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
    const { link, tokenHash } = newInvitationLink();
    const expiresAt =
      input.validDays === undefined
        ? before.expiresAt
        : invitationExpiry(new Date(), input.validDays);
    await repositories.updateInvitation(tx, access.scope, assessmentId, invitationId, {
      tokenHash,
      expiresAt,
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'invitation.reissue',
      targetType: 'invitation',
      targetId: invitationId,
      ip,
      details: { expiresAt: expiresAt.toISOString() },
    });
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    return { invitation: presentInvitation({ ...before, tokenHash, expiresAt }, total), link };
  });
}
