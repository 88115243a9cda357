import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditRoadmapChange, type RoadmapChangeOrigin } from './roadmap-support.js';

/** Removes an arrow of the benefit map (404 when the map has no such arrow). Audit: `programme.benefit-link.delete`. */
export async function deleteBenefitLink(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  link: { fromNodeId: string; toNodeId: string },
): Promise<void> {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    await repositories.lockBenefitMap(tx, scope);
    if (!(await repositories.deleteBenefitLink(tx, scope, link))) throw notFound();
    await auditRoadmapChange(tx, origin, 'programme.benefit-link.delete', {
      type: 'benefit-link',
      id: `${link.fromNodeId}→${link.toNodeId}`,
      details: { ...link },
    });
  });
}
