import { applyPrincipleEdit } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgrammeChange } from './components-support.js';
import { presentPrinciple, principleRefusal, type PrincipleView } from './principles-support.js';

/** A principle the city adds to the standard's. */
export interface AddedPrincipleInput {
  title: string;
  wording: string;
  position: number;
}

/** Adds a principle of the city's own (title and wording required). Audited as `programme.principle.create`. */
export async function addPrinciple(
  ctx: AppContext,
  caller: ScopedCaller,
  input: AddedPrincipleInput,
  ip: string,
): Promise<PrincipleView> {
  const checked = applyPrincipleEdit({ stance: 'added', title: '', wording: '' }, input, false);
  if (!checked.ok) throw principleRefusal(checked.problem);
  return ctx.database.db.transaction(async (tx) => {
    const result = await repositories.saveCityPrinciple(tx, caller.scope, { added: true }, 0, {
      ...checked.value,
      position: input.position,
      updatedBy: caller.auth.user.id,
    });
    // A new row with a random id and no pack principle cannot conflict.
    if (!('saved' in result)) throw new Error('the added principle was not stored');
    await auditProgrammeChange(tx, caller, ip, 'programme.principle.create', {
      targetType: 'principle',
      targetId: result.saved.id,
      details: { ...checked.value, position: input.position },
    });
    return presentPrinciple(result.saved, []);
  });
}
