import { storedConsent, type ConsortiumConsentInput } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import { joinCodeHash } from '../auth/consortium-join-codes.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { auditBenchmarking, membershipOr404, presentMembership } from './benchmarking-support.js';

/**
 * The caller's city joins the consortium its join code opens (organisation administrators), with
 * its consent: what it shares, whether it may be named, whether peers may contact it. Joining
 * shares nothing yet. Recorded in the audit logs of the city and of the consortium's organiser.
 */
export async function joinConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  input: ConsortiumConsentInput & { code: string },
  ip: string,
) {
  const { code, ...consent } = input;
  return ctx.database.db.transaction(async (tx) => {
    const consortium = await repositories.findConsortiumByJoinCode(tx, joinCodeHash(code));
    if (!consortium) throw new HttpError(404, 'consortium-code-unknown');
    const stored = storedConsent(consent);
    const added = await repositories.addConsortiumMember(
      tx,
      access.scope,
      consortium.id,
      stored,
      access.auth.user.id,
    );
    if (!added) throw new HttpError(409, 'consortium-already-member');
    const details = {
      sharing: stored.sharing,
      named: stored.named,
      contactable: stored.contactable,
    };
    await auditBenchmarking(tx, access, ip, 'consortium.join', {
      targetType: 'consortium',
      targetId: consortium.id,
      details,
    });
    if (consortium.ownerOrganisationId !== access.scope.organisationId)
      await repositories.appendAudit(tx, {
        // The other organisation's log does not name a person of this one.
        actorUserId: null,
        organisationId: consortium.ownerOrganisationId,
        action: 'consortium.member-join',
        targetType: 'consortium',
        targetId: consortium.id,
        outcome: 'success',
        ip,
        details: { memberOrganisationId: access.scope.organisationId, ...details },
      });
    return presentMembership(await membershipOr404(tx, access.scope, consortium.id));
  });
}
