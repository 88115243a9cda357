import { policyProductKey, type PolicyProductStatus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgrammeChange } from './components-support.js';
import {
  presentStandardProduct,
  productConflict,
  standardProductAt,
  type StandardProductView,
} from './interoperability-support.js';

/** What the city records of a product of the standard. */
export interface StandardProductInput {
  status: PolicyProductStatus;
  documentUrl: string | null;
  notes: string;
}

/**
 * Records the city's status, document link and notes of a product of the standard in a cell of
 * the matrix (400 naming the param when the pack has no such area, dimension or product).
 * Optimistic: `expectedVersion` 0 (no If-Match) for one never recorded, else the version seen;
 * 412 with the stored product otherwise. Audited as `programme.policy-product.save`.
 */
export async function saveStandardPolicyProduct(
  ctx: AppContext,
  caller: ScopedCaller,
  place: { areaId: string; dimensionId: string; index: number },
  input: StandardProductInput,
  expectedVersion: number,
  ip: string,
): Promise<{ product: StandardProductView; created: boolean }> {
  const product = standardProductAt(ctx.operatingModel, place);
  const packProductKey = policyProductKey(place.areaId, place.dimensionId, place.index);
  return ctx.database.db.transaction(async (tx) => {
    const result = await repositories.savePolicyProduct(
      tx,
      caller.scope,
      { packProductKey },
      expectedVersion,
      {
        ...input,
        areaId: place.areaId,
        dimensionId: place.dimensionId,
        name: '',
        componentCodes: product.componentCodes,
        updatedBy: caller.auth.user.id,
      },
    );
    if ('conflict' in result)
      throw productConflict(presentStandardProduct(product, result.conflict));
    await auditProgrammeChange(tx, caller, ip, 'programme.policy-product.save', {
      targetType: 'policy-product',
      targetId: packProductKey,
      details: { ...input, version: result.saved.version },
    });
    return {
      product: presentStandardProduct(product, result.saved),
      created: expectedVersion === 0,
    };
  });
}
