import { benefitLinkProblem, type BenefitLinkProblem } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { HttpError } from '../../http/http-error.js';
import type { ErrorCode } from '../../http/messages.js';
import { auditRoadmapChange, unknownId, type RoadmapChangeOrigin } from './roadmap-support.js';

/** The HTTP answer to each refusal of the map's rules. */
const refusals: Record<BenefitLinkProblem, { status: 400 | 409; code: ErrorCode; field: string }> =
  {
    'unknown-from-node': {
      status: 400,
      code: 'benefit-link-unknown-node',
      field: 'body.fromNodeId',
    },
    'unknown-to-node': { status: 400, code: 'benefit-link-unknown-node', field: 'body.toNodeId' },
    'self-link': { status: 400, code: 'benefit-link-self', field: 'body.toNodeId' },
    'kinds-not-allowed': { status: 400, code: 'benefit-link-not-allowed', field: 'body.toNodeId' },
    'link-exists': { status: 409, code: 'benefit-link-exists', field: 'body' },
    cycle: { status: 409, code: 'benefit-link-cycle', field: 'body.toNodeId' },
  };

/**
 * Adds an arrow to the benefit map when the map's rules allow it (core `benefitLinkProblem`):
 * both nodes on the organisation's map (400 `benefit-link-unknown-node`, naming the field), not
 * a node to itself (400 `benefit-link-self`), an arrow of the logic model (400
 * `benefit-link-not-allowed` with both kinds), not there yet (409 `benefit-link-exists`), no
 * cycle (409 `benefit-link-cycle`). Checked and written under the map's lock. Audit:
 * `programme.benefit-link.create`.
 */
export async function createBenefitLink(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  link: { fromNodeId: string; toNodeId: string },
) {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    await repositories.lockBenefitMap(tx, scope);
    const [nodes, links] = await Promise.all([
      repositories.listBenefitNodes(tx, scope),
      repositories.listBenefitLinks(tx, scope),
    ]);
    const problem = benefitLinkProblem(nodes, links, link);
    if (problem) {
      const refusal = refusals[problem];
      if (problem === 'unknown-from-node' || problem === 'unknown-to-node')
        throw unknownId(
          refusal.code,
          refusal.field,
          problem === 'unknown-from-node' ? link.fromNodeId : link.toNodeId,
        );
      const kinds = {
        fromKind: nodes.find((n) => n.id === link.fromNodeId)?.kind,
        toKind: nodes.find((n) => n.id === link.toNodeId)?.kind,
      };
      throw new HttpError(refusal.status, refusal.code, {
        ...kinds,
        ...(refusal.status === 400 ? { issues: [{ path: refusal.field, message: problem }] } : {}),
      });
    }
    await repositories.createBenefitLink(tx, scope, link);
    await auditRoadmapChange(tx, origin, 'programme.benefit-link.create', {
      type: 'benefit-link',
      id: `${link.fromNodeId}→${link.toNodeId}`,
      details: { ...link },
    });
  });
  return { fromNodeId: link.fromNodeId, toNodeId: link.toNodeId };
}
