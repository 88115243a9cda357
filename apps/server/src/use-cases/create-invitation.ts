import { invitationExpiry } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import {
  findStakeholderGroup,
  lockInvitingAssessment,
  newInvitationLink,
  presentInvitation,
} from './stakeholder-support.js';

export interface InvitationInput {
  name: string;
  email?: string | null | undefined;
  group: string;
  validDays?: number | undefined;
}

/**
 * Invites one stakeholder to rate a multi-stakeholder or facilitated assessment while rating is
 * open: a respondent without an account and a personal link. The link is returned this once; only
 * the SHA-256 of its token is stored.
 */
export async function createInvitation(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  input: InvitationInput,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await lockInvitingAssessment(tx, access.scope, assessmentId, { open: true });
    const group = await findStakeholderGroup(tx, access.scope, input.group, { lock: true });
    if (!group)
      throw new HttpError(400, 'unknown-stakeholder-group', {
        issues: [{ path: 'body.group', message: input.group }],
      });
    const { link, tokenHash } = newInvitationLink();
    const [invitation] = await repositories.createInvitations(
      tx,
      access.scope,
      assessmentId,
      [
        {
          name: input.name,
          email: input.email ?? null,
          group: group.key,
          tokenHash,
          expiresAt: invitationExpiry(new Date(), input.validDays),
        },
      ],
      access.auth.user.id,
    );
    if (!invitation) throw new Error('no invitation created');
    // Never the token or its hash: the chain is read by auditors.
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'invitation.create',
      targetType: 'invitation',
      targetId: invitation.id,
      ip,
      details: {
        respondentId: invitation.respondentId,
        name: invitation.name,
        group: group.key,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    return { invitation: presentInvitation(invitation, total), link };
  });
}
