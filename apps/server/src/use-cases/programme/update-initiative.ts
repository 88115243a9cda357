import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import type { InitiativeUpdateInput } from '../../http/programme-roadmap-schemas.js';
import {
  auditRoadmapChange,
  checkInitiativeIds,
  presentInitiative,
  storedAtVersion,
  unknownId,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Changes the fields of an initiative that the input names (the lifts, when given, replace the
 * whole set), from the version the client saw (`If-Match`): a stale version → 412
 * `roadmap-initiative-conflict` with the stored initiative, nothing written. The dates are
 * checked together with the stored ones (end ≥ start). Audit: `programme.initiative.update`.
 */
export async function updateInitiative(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  initiativeId: string,
  input: InitiativeUpdateInput,
  ifMatch: number,
) {
  checkInitiativeIds(ctx, input);
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    const stored = storedAtVersion(
      await repositories.getRoadmapInitiative(tx, scope, initiativeId, { lock: true }),
      ifMatch,
      'roadmap-initiative-conflict',
      presentInitiative,
    );
    const next = {
      phaseId: input.phaseId ?? stored.phaseId,
      title: input.title ?? stored.title,
      description: input.description ?? stored.description,
      startsOn: input.startsOn ?? stored.startsOn,
      endsOn: input.endsOn ?? stored.endsOn,
      owner: input.owner ?? stored.owner,
      budget: input.budget === undefined ? stored.budget : input.budget,
      currency: input.currency ?? stored.currency,
      quickWin: input.quickWin ?? stored.quickWin,
      componentCodes: input.componentCodes ?? stored.componentCodes,
    };
    if (next.endsOn < next.startsOn)
      throw unknownId(
        'roadmap-initiative-dates',
        input.endsOn === undefined ? 'body.startsOn' : 'body.endsOn',
        `${next.startsOn} – ${next.endsOn}`,
      );
    await repositories.updateRoadmapInitiative(tx, scope, initiativeId, {
      ...next,
      ...(input.lifts ? { lifts: input.lifts } : {}),
      version: stored.version + 1,
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.initiative.update', {
      type: 'roadmap-initiative',
      id: initiativeId,
      details: { ...input, version: stored.version + 1 },
    });
  });
  const saved = await repositories.getRoadmapInitiative(ctx.database.db, scope, initiativeId);
  if (!saved) throw new Error('the initiative just saved is missing');
  return presentInitiative(saved);
}
