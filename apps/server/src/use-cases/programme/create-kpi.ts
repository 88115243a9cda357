import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import type { KpiCreateInput } from '../../http/programme-benefits-schemas.js';
import { checkMeasuredNode, kpiColumns, presentStoredKpi } from './kpi-support.js';
import { auditRoadmapChange, type RoadmapChangeOrigin } from './roadmap-support.js';

/**
 * Adds a KPI to the benefits realisation plan. The outcome it measures, if named, must be an
 * outcome node of the organisation's benefit map (checked under the map's lock). Audit:
 * `programme.kpi.create`.
 */
export async function createKpi(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  input: KpiCreateInput,
) {
  const { scope } = origin.caller;
  const id = await ctx.database.db.transaction(async (tx) => {
    if (input.benefitNodeId !== null) {
      await repositories.lockBenefitMap(tx, scope);
      await checkMeasuredNode(tx, scope, input.benefitNodeId);
    }
    const created = await repositories.createKpi(tx, scope, {
      name: input.name,
      unit: input.unit,
      direction: input.direction,
      successCriterion: input.successCriterion,
      trajectory: input.trajectory,
      owner: input.owner,
      benefitNodeId: input.benefitNodeId,
      ...kpiColumns(input),
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.kpi.create', {
      type: 'kpi',
      id: created,
      details: { ...input },
    });
    return created;
  });
  return presentStoredKpi(ctx.database.db, scope, id);
}
