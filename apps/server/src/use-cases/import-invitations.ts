import { invitationExpiry } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { parseInvitationCsv } from './parse-invitation-csv.js';
import {
  allStakeholderGroups,
  findStakeholderGroup,
  lockInvitingAssessment,
  newInvitationLink,
  presentInvitation,
} from './stakeholder-support.js';

/**
 * Invites the stakeholders of a CSV list (see {@link parseInvitationCsv}) in one transaction, all
 * or nothing: any problem in the list → 400 listing every problem with its line and column, and
 * nobody is invited. Returns each invitation with its link, shown this once, in the list's order.
 */
export async function importInvitations(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  input: { csv: string; validDays?: number | undefined },
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await lockInvitingAssessment(tx, access.scope, assessmentId, { open: true });
    const { rows, problems } = parseInvitationCsv(
      input.csv,
      await allStakeholderGroups(tx, access.scope),
    );
    if (problems.length > 0) throw new HttpError(400, 'invitation-csv-invalid', { problems });
    // The organisation's own groups named in the list are locked, so that none is deleted meanwhile.
    for (const key of new Set(rows.map((r) => r.group)))
      if (!(await findStakeholderGroup(tx, access.scope, key, { lock: true })))
        throw new HttpError(409, 'unknown-stakeholder-group');
    const expiresAt = invitationExpiry(new Date(), input.validDays);
    const issued = rows.map((row) => ({ row, ...newInvitationLink() }));
    const invitations = await repositories.createInvitations(
      tx,
      access.scope,
      assessmentId,
      issued.map(({ row, tokenHash }) => ({
        name: row.name,
        email: row.email,
        group: row.group,
        tokenHash,
        expiresAt,
      })),
      access.auth.user.id,
    );
    const linkOf = new Map(issued.map(({ tokenHash, link }) => [tokenHash, link]));
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'invitation.import',
      ip,
      details: {
        expiresAt: expiresAt.toISOString(),
        invitations: invitations.map((inv) => ({
          id: inv.id,
          respondentId: inv.respondentId,
          name: inv.name,
          group: inv.group,
        })),
      },
    });
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    return invitations.map((invitation) => ({
      invitation: presentInvitation(invitation, total),
      link: linkOf.get(invitation.tokenHash) ?? '',
    }));
  });
}
