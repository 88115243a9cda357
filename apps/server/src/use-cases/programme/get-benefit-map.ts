import {
  allowedBenefitLinks,
  benefitNodeKinds,
  summariseBenefitMap,
  type BenefitNodeKind,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { kpisByNode, presentBenefitNode } from './benefit-map-support.js';

/**
 * The organisation's benefit map: its nodes (with the KPIs that measure each) and arrows, the
 * arrows the logic model allows, and the summary (which purposes each initiative and investment
 * reaches and by which path, the inputs reaching no purpose, the outcomes no KPI measures, the
 * roadmap initiatives missing from the map, the nodes without arrows).
 */
export async function getBenefitMap(ctx: AppContext, caller: ScopedCaller) {
  const db = ctx.database.db;
  const [nodes, links, byNode, initiatives] = await Promise.all([
    repositories.listBenefitNodes(db, caller.scope),
    repositories.listBenefitLinks(db, caller.scope),
    kpisByNode(db, caller.scope),
    repositories.listRoadmapInitiatives(db, caller.scope),
  ]);
  return {
    nodes: nodes.map((n) => presentBenefitNode(n, byNode.get(n.id))),
    links: links.map(({ fromNodeId, toNodeId }) => ({ fromNodeId, toNodeId })),
    allowedLinks: Object.fromEntries(
      benefitNodeKinds.map((kind) => [kind, [...allowedBenefitLinks[kind]]]),
    ) as Record<BenefitNodeKind, BenefitNodeKind[]>,
    summary: summariseBenefitMap({
      purposeIds: (ctx.operatingModel.purposes ?? []).map((p) => p.id),
      nodes,
      links,
      measuredNodeIds: new Set(byNode.keys()),
      roadmapInitiativeIds: initiatives.map((i) => i.id),
    }),
  };
}
