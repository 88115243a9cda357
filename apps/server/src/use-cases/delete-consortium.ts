import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { auditBenchmarking } from './benchmarking-support.js';

/**
 * Closes a consortium the caller's organisation runs: its memberships and every result shared
 * with it are deleted (the cities' own assessments stay).
 */
export async function deleteConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.getOwnedConsortium(tx, access.scope, consortiumId, {
      lock: true,
    });
    if (!row) throw notFound();
    await repositories.deleteOwnedConsortium(tx, access.scope, consortiumId);
    await auditBenchmarking(tx, access, ip, 'consortium.delete', {
      targetType: 'consortium',
      targetId: consortiumId,
      details: { nameZh: row.nameZh, nameEn: row.nameEn, members: row.memberCount },
    });
  });
}
