import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { presentStoredKpi } from './kpi-support.js';
import { auditRoadmapChange, type RoadmapChangeOrigin } from './roadmap-support.js';

/**
 * Records a KPI's actual value on a date, replacing the value recorded for that date (one per KPI
 * and date); returns the KPI with its new status. 404 when the KPI is not the organisation's.
 * Audit: `programme.kpi-actual.save`, with the value replaced if any.
 */
export async function saveKpiActual(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  kpiId: string,
  observedOn: string,
  input: { value: number; note: string },
) {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    // The KPI's row lock orders the saves of one KPI and keeps it from being removed meanwhile.
    if (!(await repositories.getKpi(tx, scope, kpiId, { lock: true }))) throw notFound();
    const replaced = await repositories.saveKpiActual(tx, scope, {
      kpiId,
      observedOn,
      ...input,
      recordedBy: origin.caller.auth.user.id,
    });
    await auditRoadmapChange(tx, origin, 'programme.kpi-actual.save', {
      type: 'kpi',
      id: kpiId,
      details: { on: observedOn, ...input, ...(replaced ? { replaced } : {}) },
    });
  });
  return presentStoredKpi(ctx.database.db, scope, kpiId);
}
