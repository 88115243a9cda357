import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { auditBenchmarking, membershipOr404 } from './benchmarking-support.js';

/**
 * The city leaves a consortium (organisation administrators): everything it shared is deleted
 * with its membership, so it is in no aggregate from then on. Recorded in the audit logs of the
 * city and of the consortium's organiser.
 */
export async function leaveConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const record = await membershipOr404(tx, access.scope, consortiumId, { lock: true });
    await repositories.deleteConsortiumMembership(tx, access.scope, consortiumId);
    await auditBenchmarking(tx, access, ip, 'consortium.leave', {
      targetType: 'consortium',
      targetId: consortiumId,
    });
    if (record.owner.id !== access.scope.organisationId)
      await repositories.appendAudit(tx, {
        // The other organisation's log does not name a person of this one.
        actorUserId: null,
        organisationId: record.owner.id,
        action: 'consortium.member-leave',
        targetType: 'consortium',
        targetId: consortiumId,
        outcome: 'success',
        ip,
        details: { memberOrganisationId: access.scope.organisationId },
      });
  });
}
