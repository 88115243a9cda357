import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgramme } from './reviews-area-support.js';
import { presentRisk, type RiskView } from './risks-support.js';

/** Records a risk (its key success factors already checked against the pack by the route's schema). */
export async function createRisk(
  ctx: AppContext,
  caller: ScopedCaller,
  input: repositories.RiskValues,
  ip: string,
): Promise<RiskView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.createRisk(tx, caller.scope, {
      ...input,
      factorIds: [...new Set(input.factorIds)],
      updatedBy: caller.auth.user.id,
    });
    await auditProgramme(tx, { caller, ip }, 'programme.risk.create', {
      type: 'risk',
      id: row.id,
      details: { title: row.title, likelihood: row.likelihood, impact: row.impact },
    });
    return presentRisk({ ...row, updatedByName: caller.auth.user.displayName });
  });
}
