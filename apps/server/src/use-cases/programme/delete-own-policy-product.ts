import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgrammeChange } from './components-support.js';
import { presentOwnProduct, productConflict } from './interoperability-support.js';

/**
 * Deletes a policy product of the city's own (404 when there is none; with a version from
 * If-Match, 412 when it changed since). Audited as `programme.policy-product.delete` with what was
 * deleted, so the log keeps it.
 */
export async function deleteOwnPolicyProduct(
  ctx: AppContext,
  caller: ScopedCaller,
  productId: string,
  expectedVersion: number | undefined,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getPolicyProduct(tx, caller.scope, { ownId: productId });
    if (!stored) throw notFound();
    const deleted = await repositories.deleteOwnPolicyProduct(
      tx,
      caller.scope,
      productId,
      expectedVersion,
    );
    if (!deleted) {
      const now = await repositories.getPolicyProduct(tx, caller.scope, { ownId: productId });
      throw productConflict(now ? presentOwnProduct(now) : null);
    }
    await auditProgrammeChange(tx, caller, ip, 'programme.policy-product.delete', {
      targetType: 'policy-product',
      targetId: productId,
      details: {
        areaId: deleted.areaId,
        dimensionId: deleted.dimensionId,
        name: deleted.name,
        componentCodes: deleted.componentCodes,
        status: deleted.status,
        documentUrl: deleted.documentUrl,
        notes: deleted.notes,
        version: deleted.version,
      },
    });
  });
}
