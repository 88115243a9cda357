import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import { newJoinCode } from '../auth/consortium-join-codes.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { auditBenchmarking } from './benchmarking-support.js';

/**
 * Replaces the join code of a consortium the caller's organisation runs (when the old one went
 * further than it should): the old code stops working at once; members stay. The new code is
 * returned this once.
 */
export async function regenerateJoinCode(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  ip: string,
) {
  const { code, hash } = newJoinCode();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.updateOwnedConsortium(tx, access.scope, consortiumId, {
      joinCodeHash: hash,
    });
    if (!row) throw notFound();
    await auditBenchmarking(tx, access, ip, 'consortium.join-code', {
      targetType: 'consortium',
      targetId: consortiumId,
    });
    return { joinCode: code };
  });
}
