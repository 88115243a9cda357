import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { presentKpi } from './kpi-support.js';
import {
  auditRoadmapChange,
  storedAtVersion,
  type RoadmapChangeOrigin,
} from './roadmap-support.js';

/**
 * Removes a KPI with its actual values. With `If-Match`, a stale version → 412. Audit:
 * `programme.kpi.delete`, with the KPI and its actual values as they were.
 */
export async function deleteKpi(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  kpiId: string,
  ifMatch: number | undefined,
): Promise<void> {
  const { scope } = origin.caller;
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.getKpi(tx, scope, kpiId, { lock: true });
    const actuals = row ? await repositories.listKpiActuals(tx, scope, kpiId) : [];
    const stored = storedAtVersion(row, ifMatch, 'kpi-conflict', (kpi) => presentKpi(kpi, actuals));
    await repositories.deleteKpi(tx, scope, kpiId);
    await auditRoadmapChange(tx, origin, 'programme.kpi.delete', {
      type: 'kpi',
      id: kpiId,
      details: { removed: presentKpi(stored, actuals) },
    });
  });
}
