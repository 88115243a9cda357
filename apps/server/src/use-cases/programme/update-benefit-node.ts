import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import type { BenefitNodeUpdateInput } from '../../http/programme-benefits-schemas.js';
import { presentBenefitNode, presentStoredNode } from './benefit-map-support.js';
import {
  auditRoadmapChange,
  storedAtVersion,
  unknownId,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Changes a node's label, description or position (kind, purpose and initiative are fixed: delete
 * and add the node instead), from the version the client saw: a stale version → 412
 * `benefit-node-conflict` with the stored node. A node that needs a label keeps one. Audit:
 * `programme.benefit-node.update`.
 */
export async function updateBenefitNode(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  nodeId: string,
  input: BenefitNodeUpdateInput,
  ifMatch: number,
) {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    const stored = storedAtVersion(
      await repositories.getBenefitNode(tx, scope, nodeId, { lock: true }),
      ifMatch,
      'benefit-node-conflict',
      (row) => presentBenefitNode(row),
    );
    const next = {
      label: input.label ?? stored.label,
      description: input.description ?? stored.description,
      x: input.x ?? stored.x,
      y: input.y ?? stored.y,
    };
    const namedByReference = stored.kind === 'purpose' || stored.initiativeId !== null;
    if (!namedByReference && next.label === '')
      throw unknownId('benefit-node-label-required', 'body.label', '');
    await repositories.updateBenefitNode(tx, scope, nodeId, {
      ...next,
      version: stored.version + 1,
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.benefit-node.update', {
      type: 'benefit-node',
      id: nodeId,
      details: { ...input, version: stored.version + 1 },
    });
  });
  return presentStoredNode(ctx.database.db, scope, nodeId);
}
