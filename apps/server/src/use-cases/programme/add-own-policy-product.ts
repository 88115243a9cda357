import type { PolicyProductStatus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgrammeChange } from './components-support.js';
import {
  checkCell,
  checkComponentCodes,
  presentOwnProduct,
  type OwnProductView,
} from './interoperability-support.js';

/** A policy product of the city's own in a cell of the matrix. */
export interface OwnProductInput {
  areaId: string;
  dimensionId: string;
  name: string;
  componentCodes: string[];
  status: PolicyProductStatus;
  documentUrl: string | null;
  notes: string;
}

/**
 * Adds a policy product of the city's own to a cell of the interoperability matrix (the area,
 * dimension and component codes must be the pack's: 400 naming the field otherwise). Audited as
 * `programme.policy-product.create`.
 */
export async function addOwnPolicyProduct(
  ctx: AppContext,
  caller: ScopedCaller,
  input: OwnProductInput,
  ip: string,
): Promise<OwnProductView> {
  checkCell(ctx.operatingModel, input, 'body');
  checkComponentCodes(ctx.operatingModel, input.componentCodes);
  const values = { ...input, componentCodes: [...new Set(input.componentCodes)] };
  return ctx.database.db.transaction(async (tx) => {
    const result = await repositories.savePolicyProduct(tx, caller.scope, { newOwn: true }, 0, {
      ...values,
      updatedBy: caller.auth.user.id,
    });
    if (!('saved' in result)) throw new Error('the own policy product was not stored');
    await auditProgrammeChange(tx, caller, ip, 'programme.policy-product.create', {
      targetType: 'policy-product',
      targetId: result.saved.id,
      details: values,
    });
    return presentOwnProduct(result.saved);
  });
}
