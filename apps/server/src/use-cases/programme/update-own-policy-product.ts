import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import type { OwnProductInput } from './add-own-policy-product.js';
import { auditProgrammeChange } from './components-support.js';
import {
  checkCell,
  checkComponentCodes,
  presentOwnProduct,
  productConflict,
  type OwnProductView,
} from './interoperability-support.js';

/**
 * Changes a policy product of the city's own (the fields given; it may move to another cell) from
 * the version seen (If-Match): 412 with the stored product when it changed since, 404 when the
 * organisation has no such product of its own. Audited as `programme.policy-product.update`.
 */
export async function updateOwnPolicyProduct(
  ctx: AppContext,
  caller: ScopedCaller,
  productId: string,
  change: Partial<OwnProductInput>,
  expectedVersion: number,
  ip: string,
): Promise<OwnProductView> {
  checkCell(ctx.operatingModel, change, 'body');
  if (change.componentCodes) checkComponentCodes(ctx.operatingModel, change.componentCodes);
  return ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getPolicyProduct(tx, caller.scope, { ownId: productId });
    if (!stored) throw notFound();
    const values = {
      areaId: change.areaId ?? stored.areaId,
      dimensionId: change.dimensionId ?? stored.dimensionId,
      name: change.name ?? stored.name,
      componentCodes: [...new Set(change.componentCodes ?? stored.componentCodes)],
      status: change.status ?? stored.status,
      documentUrl: change.documentUrl === undefined ? stored.documentUrl : change.documentUrl,
      notes: change.notes ?? stored.notes,
    };
    const result = await repositories.savePolicyProduct(
      tx,
      caller.scope,
      { ownId: productId },
      expectedVersion,
      { ...values, updatedBy: caller.auth.user.id },
    );
    if ('conflict' in result)
      throw productConflict(result.conflict ? presentOwnProduct(result.conflict) : null);
    await auditProgrammeChange(tx, caller, ip, 'programme.policy-product.update', {
      targetType: 'policy-product',
      targetId: productId,
      details: { ...values, version: result.saved.version },
    });
    return presentOwnProduct(result.saved);
  });
}
