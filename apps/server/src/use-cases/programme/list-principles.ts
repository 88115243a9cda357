import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentPrinciple, type PrincipleView } from './principles-support.js';

/**
 * The city's implementation principles: every principle of the pack (Annex A) in pack order, with
 * the city's stance, wording and the stakeholders who agreed it (undecided ones have no row yet),
 * then the principles the city added (and rows of principles a newer pack no longer has) by
 * position.
 */
export async function listPrinciples(ctx: AppContext, caller: ScopedCaller) {
  const db = ctx.database.db;
  const [rows, agreements] = await Promise.all([
    repositories.listCityPrinciples(db, caller.scope),
    repositories.listPrincipleAgreements(db, caller.scope),
  ]);
  const packIds = (ctx.operatingModel.implementation_principles ?? []).map((p) => p.id);
  const byPackId = new Map(
    rows.flatMap((r) => (r.packPrincipleId ? [[r.packPrincipleId, r]] : [])),
  );
  const fromPack: PrincipleView[] = packIds.map((id) =>
    presentPrinciple(byPackId.get(id), agreements, id),
  );
  const others = rows
    .filter((r) => r.packPrincipleId === null || !packIds.includes(r.packPrincipleId))
    .map((r) => presentPrinciple(r, agreements));
  const principles = [...fromPack, ...others];
  return {
    principles,
    counts: {
      pack: packIds.length,
      adopted: fromPack.filter((p) => p.stance === 'adopted').length,
      adapted: fromPack.filter((p) => p.stance === 'adapted').length,
      undecided: fromPack.filter((p) => p.stance === null).length,
      added: others.filter((p) => p.stance === 'added').length,
    },
  };
}
