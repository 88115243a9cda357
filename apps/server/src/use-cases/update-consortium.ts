import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { auditBenchmarking, presentConsortium } from './benchmarking-support.js';
import type { ConsortiumInput } from './create-consortium.js';

/**
 * Changes a consortium the caller's organisation runs: its names, description or privacy
 * threshold (raising it hides more; lowering it is recorded in the audit log like every change).
 */
export async function updateConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  input: Partial<ConsortiumInput>,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const before = await repositories.getOwnedConsortium(tx, access.scope, consortiumId, {
      lock: true,
    });
    if (!before) throw notFound();
    const row = await repositories.updateOwnedConsortium(tx, access.scope, consortiumId, input);
    if (!row) throw notFound();
    await auditBenchmarking(tx, access, ip, 'consortium.update', {
      targetType: 'consortium',
      targetId: consortiumId,
      details: {
        fields: Object.keys(input),
        ...(input.minPeerCities !== undefined
          ? { minPeerCities: { from: before.minPeerCities, to: row.minPeerCities } }
          : {}),
      },
    });
    return presentConsortium({ ...row, memberCount: before.memberCount });
  });
}
