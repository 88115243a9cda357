import { kpiPlanProblem, type KpiIndicatorScheme } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import type { KpiUpdateInput } from '../../http/programme-benefits-schemas.js';
import {
  checkMeasuredNode,
  kpiColumns,
  kpiPlan,
  presentKpi,
  presentStoredKpi,
} from './kpi-support.js';
import {
  auditRoadmapChange,
  storedAtVersion,
  unknownId,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Changes the fields of a KPI that the input names, from the version the client saw: a stale
 * version → 412 `kpi-conflict` with the stored KPI. A new baseline or trajectory is checked with
 * the other as stored (milestones in date order after the baseline: 400
 * `kpi-trajectory-order`); a new outcome node like on creation. Actual values are kept. Audit:
 * `programme.kpi.update`.
 */
export async function updateKpi(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  kpiId: string,
  input: KpiUpdateInput,
  ifMatch: number,
) {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    // The map's lock before the KPI's row, as a node's removal takes them (it clears the KPI's node).
    if (input.benefitNodeId) await repositories.lockBenefitMap(tx, scope);
    const row = await repositories.getKpi(tx, scope, kpiId, { lock: true });
    const actuals = row ? await repositories.listKpiActuals(tx, scope, kpiId) : [];
    const stored = storedAtVersion(row, ifMatch, 'kpi-conflict', (kpi) => presentKpi(kpi, actuals));
    if (input.benefitNodeId) await checkMeasuredNode(tx, scope, input.benefitNodeId);
    const plan = kpiPlan(stored);
    const baseline = input.baseline === undefined ? plan.baseline : input.baseline;
    const trajectory = input.trajectory ?? stored.trajectory;
    const problem = kpiPlanProblem({ baseline, milestones: trajectory });
    if (problem)
      throw unknownId(
        'kpi-trajectory-order',
        input.trajectory ? `body.trajectory.${String(problem.index)}.on` : 'body.baseline.on',
        problem.problem,
      );
    const stays = <T>(given: T | undefined, kept: T) => (given === undefined ? kept : given);
    const indicator = stays(
      input.indicator,
      stored.indicatorScheme !== null && stored.indicatorCode !== null
        ? {
            scheme: stored.indicatorScheme as KpiIndicatorScheme,
            code: stored.indicatorCode,
          }
        : null,
    );
    await repositories.updateKpi(tx, scope, kpiId, {
      name: stays(input.name, stored.name),
      unit: stays(input.unit, stored.unit),
      direction: stays(input.direction, stored.direction),
      successCriterion: stays(input.successCriterion, stored.successCriterion),
      trajectory,
      owner: stays(input.owner, stored.owner),
      benefitNodeId: stays(input.benefitNodeId, stored.benefitNodeId),
      ...kpiColumns({ indicator, baseline }),
      version: stored.version + 1,
      updatedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.kpi.update', {
      type: 'kpi',
      id: kpiId,
      details: { ...input, version: stored.version + 1 },
    });
  });
  return presentStoredKpi(ctx.database.db, scope, kpiId);
}
