import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgramme, checkVersion, definedFields } from './reviews-area-support.js';
import { presentRisk, type RiskView } from './risks-support.js';

/**
 * Changes the named fields of a risk. Optimistic locking: the change applies only when it starts
 * from the stored version (`ifMatch`); otherwise nothing is written and a 412 carries the stored
 * risk.
 */
export async function updateRisk(
  ctx: AppContext,
  caller: ScopedCaller,
  riskId: string,
  input: Partial<repositories.RiskValues>,
  ifMatch: number,
  ip: string,
): Promise<RiskView> {
  return ctx.database.db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getRisk(tx, caller.scope, riskId, { lock: true }),
      ifMatch,
      'programme-risk-conflict',
      presentRisk,
    );
    const changes = definedFields(input);
    if (changes.factorIds) changes.factorIds = [...new Set(changes.factorIds)];
    const row = await repositories.updateRisk(tx, caller.scope, riskId, {
      ...changes,
      version: stored.version + 1,
      updatedBy: caller.auth.user.id,
    });
    if (!row) throw notFound();
    await auditProgramme(tx, { caller, ip }, 'programme.risk.update', {
      type: 'risk',
      id: riskId,
      details: { ...changes, version: row.version },
    });
    return presentRisk({ ...row, updatedByName: caller.auth.user.displayName });
  });
}
