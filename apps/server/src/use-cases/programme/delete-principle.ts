import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgrammeChange } from './components-support.js';
import { principleConflict } from './principles-support.js';

/**
 * Deletes a principle of the city with its agreements: an added one is gone, a pack principle is
 * undecided again. With a version (If-Match) it must still be the stored one (412 otherwise).
 * Audited as `programme.principle.delete` with what was deleted, so the log keeps it.
 */
export async function deletePrinciple(
  ctx: AppContext,
  caller: ScopedCaller,
  principleId: string,
  expectedVersion: number | undefined,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getCityPrinciple(tx, caller.scope, { id: principleId });
    if (!stored) throw notFound();
    const agreements = await repositories.listPrincipleAgreements(tx, caller.scope, principleId);
    const deleted = await repositories.deleteCityPrinciple(
      tx,
      caller.scope,
      principleId,
      expectedVersion,
    );
    if (!deleted)
      throw await principleConflict(
        tx,
        caller.scope,
        await repositories.getCityPrinciple(tx, caller.scope, { id: principleId }),
        stored.packPrincipleId,
      );
    await auditProgrammeChange(tx, caller, ip, 'programme.principle.delete', {
      targetType: 'principle',
      targetId: principleId,
      details: {
        packPrincipleId: deleted.packPrincipleId,
        stance: deleted.stance,
        title: deleted.title,
        wording: deleted.wording,
        version: deleted.version,
        agreements: agreements.map((a) => ({
          stakeholderId: a.stakeholderId,
          agreedOn: a.agreedOn,
        })),
      },
    });
  });
}
