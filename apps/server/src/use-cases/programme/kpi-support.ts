import {
  assessKpi,
  plannedPoints,
  type KpiIndicatorScheme,
  type KpiPlan,
} from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { unknownId } from './roadmap-support.js';
import { presentUpdatedBy } from './components-support.js';

// What the KPI use cases share: a KPI as the API shows it (with its status and the series of its
// chart), and the check of the benefit-map node it measures.

/** The plan of a stored KPI as the core reads it. */
export function kpiPlan(kpi: repositories.KpiRecord): KpiPlan {
  return {
    direction: kpi.direction,
    baseline:
      kpi.baselineValue !== null && kpi.baselineOn !== null
        ? { on: kpi.baselineOn, value: kpi.baselineValue }
        : null,
    milestones: kpi.trajectory,
  };
}

/** A KPI as the API shows it: its fields, its actual values, its status and its chart's series. */
export function presentKpi(
  kpi: repositories.KpiRecord,
  actuals: readonly repositories.KpiActualRecord[],
) {
  const plan = kpiPlan(kpi);
  const measured = actuals
    .filter((a) => a.kpiId === kpi.id)
    .sort((a, b) => a.observedOn.localeCompare(b.observedOn));
  const points = measured.map((a) => ({ on: a.observedOn, value: a.value }));
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    indicator:
      kpi.indicatorScheme !== null && kpi.indicatorCode !== null
        ? { scheme: kpi.indicatorScheme as KpiIndicatorScheme, code: kpi.indicatorCode }
        : null,
    direction: kpi.direction,
    baseline: plan.baseline,
    successCriterion: kpi.successCriterion,
    trajectory: kpi.trajectory.map(({ on, value }) => ({ on, value })),
    owner: kpi.owner,
    benefitNodeId: kpi.benefitNodeId,
    version: kpi.version,
    createdAt: kpi.createdAt.toISOString(),
    updatedAt: kpi.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(kpi),
    actuals: measured.map((a) => ({
      on: a.observedOn,
      value: a.value,
      note: a.note,
      recordedBy:
        a.recordedBy === null ? null : { id: a.recordedBy, displayName: a.recordedByName ?? '' },
      recordedAt: a.createdAt.toISOString(),
    })),
    status: assessKpi(plan, points),
    series: { planned: plannedPoints(plan), actual: points },
  };
}

/** A stored KPI as the API shows it (read again after a change). */
export async function presentStoredKpi(db: Executor, scope: OrganisationScope, kpiId: string) {
  const [kpi, actuals] = await Promise.all([
    repositories.getKpi(db, scope, kpiId),
    repositories.listKpiActuals(db, scope, kpiId),
  ]);
  if (!kpi) throw new Error('the KPI just saved is missing');
  return presentKpi(kpi, actuals);
}

/**
 * Checks the benefit-map node a KPI is to measure: a node of the caller's organisation (the
 * foreign key alone would accept another organisation's: 400 `kpi-unknown-benefit-node`), and
 * an outcome (400 `kpi-node-not-outcome`). Call under the map's lock, so the node stays.
 */
export async function checkMeasuredNode(
  db: Executor,
  scope: OrganisationScope,
  nodeId: string,
): Promise<void> {
  const node = await repositories.getBenefitNode(db, scope, nodeId);
  if (!node) throw unknownId('kpi-unknown-benefit-node', 'body.benefitNodeId', nodeId);
  if (node.kind !== 'outcome')
    throw unknownId('kpi-node-not-outcome', 'body.benefitNodeId', nodeId);
}

/** The stored columns of a KPI's input fields. */
export function kpiColumns(input: {
  indicator: { scheme: KpiIndicatorScheme; code: string } | null;
  baseline: { on: string; value: number } | null;
}) {
  return {
    indicatorScheme: input.indicator?.scheme ?? null,
    indicatorCode: input.indicator?.code ?? null,
    baselineValue: input.baseline?.value ?? null,
    baselineOn: input.baseline?.on ?? null,
  };
}
