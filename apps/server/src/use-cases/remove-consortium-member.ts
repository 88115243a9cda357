import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { auditBenchmarking } from './benchmarking-support.js';

/**
 * Removes a member city from a consortium the caller's organisation runs (a city that should not
 * have had the code, for example): the city's shares are deleted with its membership. Recorded
 * in the audit logs of both organisations.
 */
export async function removeConsortiumMember(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  memberOrganisationId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    await repositories.getOwnedConsortium(tx, access.scope, consortiumId, { lock: true });
    const removed = await repositories.removeConsortiumMemberByOwner(
      tx,
      access.scope,
      consortiumId,
      memberOrganisationId,
    );
    if (!removed) throw notFound();
    await auditBenchmarking(tx, access, ip, 'consortium.member-remove', {
      targetType: 'organisation',
      targetId: memberOrganisationId,
      details: { consortiumId },
    });
    await repositories.appendAudit(tx, {
      // The other organisation's log does not name a person of this one.
      actorUserId: null,
      organisationId: memberOrganisationId,
      action: 'consortium.removed-by-owner',
      targetType: 'consortium',
      targetId: consortiumId,
      outcome: 'success',
      ip,
      details: { ownerOrganisationId: access.scope.organisationId },
    });
  });
}
