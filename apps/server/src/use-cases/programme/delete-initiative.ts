import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import {
  auditRoadmapChange,
  presentInitiative,
  storedAtVersion,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Removes an initiative from the roadmap, with its lifts and the benefit-map node that stands for
 * it (and that node's arrows; KPIs measuring other nodes are untouched). With `If-Match`, a stale
 * version → 412 and nothing is removed. Audit: `programme.initiative.delete`, with what was removed.
 */
export async function deleteInitiative(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  initiativeId: string,
  ifMatch: number | undefined,
): Promise<void> {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    // Its node goes with it (a cascade): the benefit map's lock first, as every change of the
    // map takes it before any row, so that the two orders never meet.
    await repositories.lockBenefitMap(tx, scope);
    const stored = storedAtVersion(
      await repositories.getRoadmapInitiative(tx, scope, initiativeId, { lock: true }),
      ifMatch,
      'roadmap-initiative-conflict',
      presentInitiative,
    );
    await repositories.deleteRoadmapInitiative(tx, scope, initiativeId);
    await auditRoadmapChange(tx, origin, 'programme.initiative.delete', {
      type: 'roadmap-initiative',
      id: initiativeId,
      details: { removed: presentInitiative(stored) },
    });
  });
}
