import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { presentStakeholder, type StakeholderView } from './register-support.js';
import { auditProgramme, checkVersion, definedFields } from './reviews-area-support.js';

/**
 * Changes the named fields of a registered stakeholder. Optimistic locking: the change applies
 * only when it starts from the stored version (`ifMatch`); otherwise nothing is written and a 412
 * carries the stored stakeholder.
 */
export async function updateStakeholder(
  ctx: AppContext,
  caller: ScopedCaller,
  stakeholderId: string,
  input: Partial<repositories.StakeholderValues>,
  ifMatch: number,
  ip: string,
): Promise<StakeholderView> {
  return ctx.database.db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getStakeholder(tx, caller.scope, stakeholderId, { lock: true }),
      ifMatch,
      'programme-stakeholder-conflict',
      presentStakeholder,
    );
    const changes = definedFields(input);
    const row = await repositories.updateStakeholder(tx, caller.scope, stakeholderId, {
      ...changes,
      version: stored.version + 1,
      updatedBy: caller.auth.user.id,
    });
    if (!row) throw notFound();
    await auditProgramme(tx, { caller, ip }, 'programme.stakeholder.update', {
      type: 'stakeholder',
      id: stakeholderId,
      details: { ...changes, version: row.version },
    });
    return presentStakeholder({
      ...row,
      principleAgreements: stored.principleAgreements,
      updatedByName: caller.auth.user.displayName,
    });
  });
}
