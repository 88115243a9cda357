import { kpiStatuses, kpiToleranceShare, type KpiStatus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentKpi } from './kpi-support.js';

/**
 * The organisation's KPIs by name, each with its actual values, its status (the latest actual
 * against the trajectory: achieved, on-track, off-track, no-data, no-trajectory) and the series
 * of its chart; the number of KPIs of each status.
 */
export async function listKpis(ctx: AppContext, caller: ScopedCaller) {
  const db = ctx.database.db;
  const [kpis, actuals] = await Promise.all([
    repositories.listKpis(db, caller.scope),
    repositories.listKpiActuals(db, caller.scope),
  ]);
  const presented = kpis.map((kpi) => presentKpi(kpi, actuals));
  const counts = Object.fromEntries(kpiStatuses.map((s) => [s, 0])) as Record<KpiStatus, number>;
  for (const kpi of presented) counts[kpi.status.status] += 1;
  return { kpis: presented, counts, toleranceShare: kpiToleranceShare };
}
