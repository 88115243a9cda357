import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import type { InitiativeCreateInput } from '../../http/programme-roadmap-schemas.js';
import {
  auditRoadmapChange,
  checkInitiativeIds,
  presentInitiative,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Adds an initiative to the organisation's roadmap with the characteristics it should lift: its
 * phase, components and characteristics must be the packs' (400 naming the field otherwise).
 * Recorded in the audit log as `programme.initiative.create`.
 */
export async function createInitiative(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  input: InitiativeCreateInput,
) {
  checkInitiativeIds(ctx, input);
  const { scope } = origin.caller;
  const id = await ctx.database.db.transaction(async (tx) => {
    const created = await repositories.createRoadmapInitiative(tx, scope, {
      ...input,
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.initiative.create', {
      type: 'roadmap-initiative',
      id: created,
      details: { ...input },
    });
    return created;
  });
  const saved = await repositories.getRoadmapInitiative(ctx.database.db, scope, id);
  if (!saved) throw new Error('the initiative just created is missing');
  return presentInitiative(saved);
}
