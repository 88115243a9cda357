import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentStakeholder, type StakeholderView } from './register-support.js';
import { auditProgramme } from './reviews-area-support.js';

/** Registers a stakeholder (its type already checked against the pack by the route's schema). */
export async function createStakeholder(
  ctx: AppContext,
  caller: ScopedCaller,
  input: repositories.StakeholderValues,
  ip: string,
): Promise<StakeholderView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.createStakeholder(tx, caller.scope, {
      ...input,
      updatedBy: caller.auth.user.id,
    });
    await auditProgramme(tx, { caller, ip }, 'programme.stakeholder.create', {
      type: 'stakeholder',
      id: row.id,
      details: { name: row.name, typeId: row.typeId },
    });
    return presentStakeholder({
      ...row,
      principleAgreements: 0,
      updatedByName: caller.auth.user.displayName,
    });
  });
}
