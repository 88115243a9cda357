import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentStakeholder } from './register-support.js';
import { auditProgramme, checkVersion } from './reviews-area-support.js';

/**
 * Removes a stakeholder from the register, and with it the stakeholder's agreements to the
 * city's principles (the audit entry records how many). With `ifMatch`, only the version seen:
 * a later change is a 412 with the stored stakeholder.
 */
export async function deleteStakeholder(
  ctx: AppContext,
  caller: ScopedCaller,
  stakeholderId: string,
  ifMatch: number | undefined,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getStakeholder(tx, caller.scope, stakeholderId, { lock: true }),
      ifMatch,
      'programme-stakeholder-conflict',
      presentStakeholder,
    );
    await repositories.deleteStakeholder(tx, caller.scope, stakeholderId);
    await auditProgramme(tx, { caller, ip }, 'programme.stakeholder.delete', {
      type: 'stakeholder',
      id: stakeholderId,
      details: {
        name: stored.name,
        typeId: stored.typeId,
        removedPrincipleAgreements: stored.principleAgreements,
      },
    });
  });
}
