import { applyPrincipleEdit } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgrammeChange, fieldError } from './components-support.js';
import {
  principleConflict,
  principleRefusal,
  readPrinciple,
  type PrincipleView,
} from './principles-support.js';

/** How the city holds a principle of the pack. */
export interface PackPrincipleInput {
  stance: 'adopted' | 'adapted';
  title?: string | undefined;
  wording?: string | undefined;
}

/**
 * Adopts a principle of the pack as written, or adapts it in the city's words (the wording is
 * required; core `applyPrincipleEdit`). The stance, title and wording are replaced as given.
 * Optimistic: `expectedVersion` 0 when the city has no row for it yet (no If-Match), else the
 * version seen; otherwise nothing is written and a 412 carries the stored principle. Its
 * agreements stay. Audited as `programme.principle.save`.
 */
export async function savePackPrinciple(
  ctx: AppContext,
  caller: ScopedCaller,
  packPrincipleId: string,
  input: PackPrincipleInput,
  expectedVersion: number,
  ip: string,
): Promise<{ principle: PrincipleView; created: boolean }> {
  const packIds = (ctx.operatingModel.implementation_principles ?? []).map((p) => p.id);
  if (!packIds.includes(packPrincipleId))
    throw fieldError('unknown-principle', 'params.packPrincipleId', packPrincipleId);
  const checked = applyPrincipleEdit({ stance: input.stance, title: '', wording: '' }, input, true);
  if (!checked.ok) throw principleRefusal(checked.problem);
  return ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getCityPrinciple(tx, caller.scope, { packPrincipleId });
    const result = await repositories.saveCityPrinciple(
      tx,
      caller.scope,
      { packPrincipleId },
      expectedVersion,
      {
        ...checked.value,
        position: stored?.position ?? packIds.indexOf(packPrincipleId),
        updatedBy: caller.auth.user.id,
      },
    );
    if ('conflict' in result)
      throw await principleConflict(tx, caller.scope, result.conflict, packPrincipleId);
    const saved = result.saved;
    await auditProgrammeChange(tx, caller, ip, 'programme.principle.save', {
      targetType: 'principle',
      targetId: saved.id,
      details: { packPrincipleId, ...checked.value, version: saved.version },
    });
    return {
      principle: await readPrinciple(tx, caller.scope, saved),
      created: expectedVersion === 0,
    };
  });
}
