import { consentProblem, storedConsent, type ConsortiumConsentInput } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import {
  auditBenchmarking,
  membershipOr404,
  presentConsent,
  presentMembership,
} from './benchmarking-support.js';

/**
 * Changes the city's consent in a consortium (organisation administrators). The consent as a
 * whole must stay complete (a contactable city names a contact). Narrowing what it shares to
 * audited results withdraws the shared assessments without an issued audit statement; no longer
 * agreeing to be contacted erases the contact details.
 */
export async function updateConsortiumConsent(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  input: Partial<ConsortiumConsentInput>,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const record = await membershipOr404(tx, access.scope, consortiumId, { lock: true });
    const merged = { ...presentConsent(record.membership), ...input };
    const problem = consentProblem(merged);
    if (problem)
      throw new HttpError(400, 'validation', {
        issues: [{ path: `body.${problem}`, message: 'required' }],
      });
    const stored = storedConsent(merged);
    await repositories.updateConsortiumConsent(tx, access.scope, consortiumId, stored);
    const withdrawn =
      stored.sharing === 'audited'
        ? await repositories.deleteSharesWithoutIssuedAudit(tx, access.scope, consortiumId)
        : [];
    await auditBenchmarking(tx, access, ip, 'consortium.consent', {
      targetType: 'consortium',
      targetId: consortiumId,
      details: {
        sharing: stored.sharing,
        named: stored.named,
        contactable: stored.contactable,
        withdrawn,
      },
    });
    return {
      ...presentMembership(await membershipOr404(tx, access.scope, consortiumId)),
      withdrawn,
    };
  });
}
