import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditRoadmapChange, type RoadmapChangeOrigin } from './roadmap-support.js';

/**
 * Removes a KPI's actual value on a date (404 when the KPI is not the organisation's or has no
 * value on that date). Audit: `programme.kpi-actual.delete`, with the value removed.
 */
export async function deleteKpiActual(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  kpiId: string,
  observedOn: string,
): Promise<void> {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repositories.getKpi(tx, scope, kpiId, { lock: true }))) throw notFound();
    const removed = await repositories.deleteKpiActual(tx, scope, kpiId, observedOn);
    if (!removed) throw notFound();
    await auditRoadmapChange(tx, origin, 'programme.kpi-actual.delete', {
      type: 'kpi',
      id: kpiId,
      details: { on: observedOn, removed },
    });
  });
}
