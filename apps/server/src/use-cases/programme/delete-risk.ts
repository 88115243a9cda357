import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgramme, checkVersion } from './reviews-area-support.js';
import { presentRisk } from './risks-support.js';

/**
 * Deletes a risk from the register. With `ifMatch`, only the version seen: a later change is a
 * 412 with the stored risk.
 */
export async function deleteRisk(
  ctx: AppContext,
  caller: ScopedCaller,
  riskId: string,
  ifMatch: number | undefined,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getRisk(tx, caller.scope, riskId, { lock: true }),
      ifMatch,
      'programme-risk-conflict',
      presentRisk,
    );
    await repositories.deleteRisk(tx, caller.scope, riskId);
    await auditProgramme(tx, { caller, ip }, 'programme.risk.delete', {
      type: 'risk',
      id: riskId,
      details: { title: stored.title },
    });
  });
}
