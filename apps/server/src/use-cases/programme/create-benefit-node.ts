import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { HttpError } from '../../http/http-error.js';
import type { BenefitNodeCreateInput } from '../../http/programme-benefits-schemas.js';
import { presentStoredNode } from './benefit-map-support.js';
import { auditRoadmapChange, unknownId, type RoadmapChangeOrigin } from './roadmap-support.js';

/** The rules a new node must follow on its own (400 naming the field). */
function checkNodeFields(ctx: AppContext, input: BenefitNodeCreateInput): void {
  if (input.kind === 'purpose') {
    if (input.purposeId === null)
      throw unknownId('benefit-node-purpose-required', 'body.purposeId', '');
    if (!(ctx.operatingModel.purposes ?? []).some((p) => p.id === input.purposeId))
      throw unknownId('benefit-node-unknown-purpose', 'body.purposeId', input.purposeId);
  } else if (input.purposeId !== null) {
    throw unknownId('benefit-node-purpose-kind', 'body.purposeId', input.purposeId);
  }
  if (input.initiativeId !== null && input.kind !== 'initiative')
    throw unknownId('benefit-node-initiative-kind', 'body.initiativeId', input.initiativeId);
  const namedByReference =
    input.kind === 'purpose' || (input.kind === 'initiative' && input.initiativeId !== null);
  if (!namedByReference && input.label === '')
    throw unknownId('benefit-node-label-required', 'body.label', '');
}

/**
 * Adds a node to the organisation's benefit map. A purpose node stands for one of the pack's six
 * purposes (one node per purpose: 409 `benefit-purpose-node-exists` with the existing node's id);
 * an initiative node may stand for a roadmap initiative of the organisation (one node per
 * initiative: 409 `benefit-initiative-node-exists`). Other nodes need a label. Audit:
 * `programme.benefit-node.create`.
 */
export async function createBenefitNode(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  input: BenefitNodeCreateInput,
) {
  checkNodeFields(ctx, input);
  const { scope } = origin.caller;
  const id = await ctx.database.db.transaction(async (tx) => {
    await repositories.lockBenefitMap(tx, scope);
    const nodes = await repositories.listBenefitNodes(tx, scope);
    if (input.purposeId !== null) {
      const existing = nodes.find((n) => n.purposeId === input.purposeId);
      if (existing)
        throw new HttpError(409, 'benefit-purpose-node-exists', { nodeId: existing.id });
    }
    if (input.initiativeId !== null) {
      if (!(await repositories.getRoadmapInitiative(tx, scope, input.initiativeId)))
        throw unknownId('benefit-node-unknown-initiative', 'body.initiativeId', input.initiativeId);
      const existing = nodes.find((n) => n.initiativeId === input.initiativeId);
      if (existing)
        throw new HttpError(409, 'benefit-initiative-node-exists', { nodeId: existing.id });
    }
    const created = await repositories.createBenefitNode(tx, scope, {
      ...input,
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.benefit-node.create', {
      type: 'benefit-node',
      id: created,
      details: { ...input },
    });
    return created;
  });
  return presentStoredNode(ctx.database.db, scope, id);
}
