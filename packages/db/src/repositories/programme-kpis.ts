import { and, asc, eq } from 'drizzle-orm';
import { kpiActuals, kpis } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The KPIs of the benefits realisation plan (ISO 37106 clause 7) and their actual values. Every
// query filters on the scope's organisation. A KPI's benefit-map node is a plain key: the caller
// checks, in its transaction, that the node is one of the same organisation (getBenefitNode).

/** A planned value of the trajectory. */
export interface KpiMilestone {
  on: string;
  value: number;
}

/** A KPI as stored. */
export interface KpiRecord {
  id: string;
  name: string;
  unit: string;
  /** `iso-37120`, `iso-37122`, `iso-37123` or `u4ssc` (a check constraint). */
  indicatorScheme: string | null;
  indicatorCode: string | null;
  direction: 'increase' | 'decrease';
  baselineValue: number | null;
  baselineOn: string | null;
  successCriterion: string;
  trajectory: KpiMilestone[];
  owner: string;
  benefitNodeId: string | null;
  version: number;
  updatedBy: string | null;
  updatedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable fields of a KPI. */
export interface KpiValues {
  name: string;
  unit: string;
  /** `iso-37120`, `iso-37122`, `iso-37123` or `u4ssc` (a check constraint). */
  indicatorScheme: string | null;
  indicatorCode: string | null;
  direction: 'increase' | 'decrease';
  baselineValue: number | null;
  baselineOn: string | null;
  successCriterion: string;
  trajectory: KpiMilestone[];
  owner: string;
  benefitNodeId: string | null;
}

/** A measured value of a KPI. */
export interface KpiActualRecord {
  kpiId: string;
  observedOn: string;
  value: number;
  note: string;
  recordedBy: string | null;
  recordedByName: string | null;
  createdAt: Date;
}

const columns = {
  id: kpis.id,
  name: kpis.name,
  unit: kpis.unit,
  indicatorScheme: kpis.indicatorScheme,
  indicatorCode: kpis.indicatorCode,
  direction: kpis.direction,
  baselineValue: kpis.baselineValue,
  baselineOn: kpis.baselineOn,
  successCriterion: kpis.successCriterion,
  trajectory: kpis.trajectory,
  owner: kpis.owner,
  benefitNodeId: kpis.benefitNodeId,
  version: kpis.version,
  updatedBy: kpis.updatedBy,
  updatedByName: users.displayName,
  createdAt: kpis.createdAt,
  updatedAt: kpis.updatedAt,
};

// The trajectory column holds the milestones the API validated: its type is narrowed here, once.
const asRecord = (row: Omit<KpiRecord, 'trajectory'> & { trajectory: unknown }): KpiRecord => ({
  ...row,
  trajectory: Array.isArray(row.trajectory) ? (row.trajectory as KpiMilestone[]) : [],
});

/** The KPIs of the scope's organisation, by name. */
export async function listKpis(db: Executor, scope: OrganisationScope): Promise<KpiRecord[]> {
  const rows = await db
    .select(columns)
    .from(kpis)
    .leftJoin(users, eq(users.id, kpis.updatedBy))
    .where(eq(kpis.organisationId, scope.organisationId))
    .orderBy(asc(kpis.name), asc(kpis.createdAt), asc(kpis.id));
  return rows.map(asRecord);
}

/** One KPI of the organisation (locked for update when asked), or undefined. */
export async function getKpi(
  db: Executor,
  scope: OrganisationScope,
  kpiId: string,
  options: { lock?: boolean } = {},
): Promise<KpiRecord | undefined> {
  const query = db
    .select(columns)
    .from(kpis)
    .leftJoin(users, eq(users.id, kpis.updatedBy))
    .where(and(eq(kpis.id, kpiId), eq(kpis.organisationId, scope.organisationId)));
  const [row] = options.lock ? await query.for('update', { of: kpis }) : await query;
  return row ? asRecord(row) : undefined;
}

/** Creates a KPI of the organisation; returns its id. */
export async function createKpi(
  db: Executor,
  scope: OrganisationScope,
  values: KpiValues & { updatedBy: string | null },
): Promise<string> {
  const [row] = await db
    .insert(kpis)
    .values({ ...values, organisationId: scope.organisationId })
    .returning({ id: kpis.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Writes a KPI's fields with its new version (the caller checked the version on the locked row). */
export async function updateKpi(
  db: Executor,
  scope: OrganisationScope,
  kpiId: string,
  values: KpiValues & { version: number; updatedBy: string | null },
): Promise<void> {
  await db
    .update(kpis)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(kpis.id, kpiId), eq(kpis.organisationId, scope.organisationId)));
}

/** Deletes a KPI of the organisation with its actual values; true when there was one. */
export async function deleteKpi(
  db: Executor,
  scope: OrganisationScope,
  kpiId: string,
): Promise<boolean> {
  const rows = await db
    .delete(kpis)
    .where(and(eq(kpis.id, kpiId), eq(kpis.organisationId, scope.organisationId)))
    .returning({ id: kpis.id });
  return rows.length > 0;
}

const actualColumns = {
  kpiId: kpiActuals.kpiId,
  observedOn: kpiActuals.observedOn,
  value: kpiActuals.value,
  note: kpiActuals.note,
  recordedBy: kpiActuals.recordedBy,
  recordedByName: users.displayName,
  createdAt: kpiActuals.createdAt,
};

/** The actual values of the organisation's KPIs (of one KPI when given), by date. */
export async function listKpiActuals(
  db: Executor,
  scope: OrganisationScope,
  kpiId?: string,
): Promise<KpiActualRecord[]> {
  return db
    .select(actualColumns)
    .from(kpiActuals)
    .leftJoin(users, eq(users.id, kpiActuals.recordedBy))
    .where(
      and(
        eq(kpiActuals.organisationId, scope.organisationId),
        kpiId === undefined ? undefined : eq(kpiActuals.kpiId, kpiId),
      ),
    )
    .orderBy(asc(kpiActuals.kpiId), asc(kpiActuals.observedOn));
}

/**
 * Records the actual value of a KPI of the organisation on a date, replacing the one recorded
 * for that date. Returns the value it replaced, if any (for the audit log).
 */
export async function saveKpiActual(
  db: Executor,
  scope: OrganisationScope,
  actual: {
    kpiId: string;
    observedOn: string;
    value: number;
    note: string;
    recordedBy: string | null;
  },
): Promise<{ value: number; note: string } | undefined> {
  const [previous] = await db
    .select({ value: kpiActuals.value, note: kpiActuals.note })
    .from(kpiActuals)
    .where(
      and(
        eq(kpiActuals.kpiId, actual.kpiId),
        eq(kpiActuals.observedOn, actual.observedOn),
        eq(kpiActuals.organisationId, scope.organisationId),
      ),
    );
  await db
    .insert(kpiActuals)
    .values({ ...actual, organisationId: scope.organisationId })
    .onConflictDoUpdate({
      target: [kpiActuals.kpiId, kpiActuals.observedOn],
      set: {
        value: actual.value,
        note: actual.note,
        recordedBy: actual.recordedBy,
        createdAt: new Date(),
      },
      setWhere: eq(kpiActuals.organisationId, scope.organisationId),
    });
  return previous;
}

/** Removes the actual value of a KPI of the organisation on a date; the value removed, if any. */
export async function deleteKpiActual(
  db: Executor,
  scope: OrganisationScope,
  kpiId: string,
  observedOn: string,
): Promise<{ value: number; note: string } | undefined> {
  const [row] = await db
    .delete(kpiActuals)
    .where(
      and(
        eq(kpiActuals.kpiId, kpiId),
        eq(kpiActuals.observedOn, observedOn),
        eq(kpiActuals.organisationId, scope.organisationId),
      ),
    )
    .returning({ value: kpiActuals.value, note: kpiActuals.note });
  return row;
}
