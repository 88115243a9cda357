import { applyPrincipleEdit } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgrammeChange } from './components-support.js';
import {
  principleConflict,
  principleRefusal,
  readPrinciple,
  type PrincipleView,
} from './principles-support.js';

/** A change to a principle: the fields given replace the stored ones. */
export interface PrincipleChange {
  stance?: 'adopted' | 'adapted' | 'added' | undefined;
  title?: string | undefined;
  wording?: string | undefined;
  position?: number | undefined;
}

/**
 * Changes a principle of the city (a pack principle's stance and wording, or an added one's title
 * and wording; the position of either) from the version seen (If-Match); 412 with the stored
 * principle when it changed since, 404 when the organisation has no such row. The core's rules
 * decide what is allowed. Audited as `programme.principle.update`.
 */
export async function updatePrinciple(
  ctx: AppContext,
  caller: ScopedCaller,
  principleId: string,
  change: PrincipleChange,
  expectedVersion: number,
  ip: string,
): Promise<PrincipleView> {
  return ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getCityPrinciple(tx, caller.scope, { id: principleId });
    if (!stored) throw notFound();
    const checked = applyPrincipleEdit(stored, change, stored.packPrincipleId !== null);
    if (!checked.ok) throw principleRefusal(checked.problem);
    const position = change.position ?? stored.position;
    const result = await repositories.saveCityPrinciple(
      tx,
      caller.scope,
      { id: principleId },
      expectedVersion,
      { ...checked.value, position, updatedBy: caller.auth.user.id },
    );
    if ('conflict' in result)
      throw await principleConflict(tx, caller.scope, result.conflict, stored.packPrincipleId);
    await auditProgrammeChange(tx, caller, ip, 'programme.principle.update', {
      targetType: 'principle',
      targetId: principleId,
      details: {
        packPrincipleId: stored.packPrincipleId,
        ...checked.value,
        position,
        version: result.saved.version,
      },
    });
    return readPrinciple(tx, caller.scope, result.saved);
  });
}
