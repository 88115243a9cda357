import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { presentBenefitNode } from './benefit-map-support.js';
import {
  auditRoadmapChange,
  storedAtVersion,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Removes a node from the benefit map with its arrows; KPIs that measured it stay, no longer tied
 * to a node. A roadmap initiative the node stood for stays on the roadmap. With `If-Match`, a
 * stale version → 412. Audit: `programme.benefit-node.delete`, with the node and its arrows.
 */
export async function deleteBenefitNode(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  nodeId: string,
  ifMatch: number | undefined,
): Promise<void> {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    await repositories.lockBenefitMap(tx, scope);
    const stored = storedAtVersion(
      await repositories.getBenefitNode(tx, scope, nodeId, { lock: true }),
      ifMatch,
      'benefit-node-conflict',
      (row) => presentBenefitNode(row),
    );
    const links = (await repositories.listBenefitLinks(tx, scope)).filter(
      (l) => l.fromNodeId === nodeId || l.toNodeId === nodeId,
    );
    await repositories.deleteBenefitNode(tx, scope, nodeId);
    await auditRoadmapChange(tx, origin, 'programme.benefit-node.delete', {
      type: 'benefit-node',
      id: nodeId,
      details: {
        removed: presentBenefitNode(stored),
        links: links.map(({ fromNodeId, toNodeId }) => ({ fromNodeId, toNodeId })),
      },
    });
  });
}
