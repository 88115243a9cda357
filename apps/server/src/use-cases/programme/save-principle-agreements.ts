import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { HttpError, notFound } from '../../http/http-error.js';
import { auditProgrammeChange } from './components-support.js';
import { principleConflict, readPrinciple, type PrincipleView } from './principles-support.js';

/** Who agreed a principle, and when. */
export interface PrincipleAgreementInput {
  stakeholderId: string;
  agreedOn: string;
}

/**
 * Replaces the set of registered stakeholders who agreed a principle (ISO 37106 Annex A: the
 * principles are agreed with the stakeholders). Every stakeholder must be in the organisation's
 * register (400 naming the item otherwise). The agreements are part of the principle: the change
 * starts from the principle's version (If-Match) and gives it a new one; 412 with the stored
 * principle when it changed since. Audited as `programme.principle-agreements.save`.
 */
export async function savePrincipleAgreements(
  ctx: AppContext,
  caller: ScopedCaller,
  principleId: string,
  agreements: readonly PrincipleAgreementInput[],
  expectedVersion: number,
  ip: string,
): Promise<PrincipleView> {
  return ctx.database.db.transaction(async (tx) => {
    const stored = await repositories.getCityPrinciple(tx, caller.scope, { id: principleId });
    if (!stored) throw notFound();
    const registered = await repositories.stakeholdersInRegister(
      tx,
      caller.scope,
      agreements.map((a) => a.stakeholderId),
    );
    const unknown = agreements.flatMap((a, i) =>
      registered.has(a.stakeholderId)
        ? []
        : [{ path: `body.agreements.${String(i)}.stakeholderId`, message: a.stakeholderId }],
    );
    if (unknown.length > 0)
      throw new HttpError(400, 'principle-unknown-stakeholder', { issues: unknown });
    // A new version of the principle first: a concurrent change of it or its agreements conflicts.
    const result = await repositories.saveCityPrinciple(
      tx,
      caller.scope,
      { id: principleId },
      expectedVersion,
      {
        stance: stored.stance,
        title: stored.title,
        wording: stored.wording,
        position: stored.position,
        updatedBy: caller.auth.user.id,
      },
    );
    if ('conflict' in result)
      throw await principleConflict(tx, caller.scope, result.conflict, stored.packPrincipleId);
    await repositories.replacePrincipleAgreements(tx, caller.scope, principleId, agreements);
    await auditProgrammeChange(tx, caller, ip, 'programme.principle-agreements.save', {
      targetType: 'principle',
      targetId: principleId,
      details: {
        packPrincipleId: stored.packPrincipleId,
        agreements: agreements.map((a) => ({ ...a })),
        version: result.saved.version,
      },
    });
    return readPrinciple(tx, caller.scope, result.saved);
  });
}
