import { and, desc, eq, sql } from 'drizzle-orm';
import { consortiumMembers, consortiumShares } from '../schema/benchmarking.js';
import { assessments, organisations } from '../schema/tables.js';
import { audits } from '../schema/verification.js';
import type { Executor, OrganisationScope } from './scope.js';

// What member cities share with a consortium, and the peer rows a comparison reads.

export type ConsortiumShareRow = typeof consortiumShares.$inferSelect;

/** Official levels by characteristic id, as frozen in a share. */
export type SharedLevelsRecord = Record<string, { current: number | null; target: number | null }>;

/** One assessment shared (or shared again, replacing the earlier copy of its levels). */
export interface ShareValues {
  assessmentId: string;
  modelId: string;
  modelVersion: string;
  assessedOn: string;
  audited: boolean;
  levels: SharedLevelsRecord;
  sharedBy: string | null;
}

/**
 * Shares an assessment of the scope's organisation with a consortium it is a member of (the
 * composite foreign keys refuse anything else); sharing it again refreshes the copy.
 */
export async function saveShare(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  values: ShareValues,
): Promise<ConsortiumShareRow> {
  const [row] = await db
    .insert(consortiumShares)
    .values({ ...values, consortiumId, organisationId: scope.organisationId })
    .onConflictDoUpdate({
      target: [consortiumShares.consortiumId, consortiumShares.assessmentId],
      set: {
        modelId: values.modelId,
        modelVersion: values.modelVersion,
        assessedOn: values.assessedOn,
        audited: values.audited,
        levels: values.levels,
        sharedBy: values.sharedBy,
        sharedAt: new Date(),
      },
      setWhere: eq(consortiumShares.organisationId, scope.organisationId),
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

/** Withdraws an assessment of the scope's organisation from a consortium; false when not shared. */
export async function deleteShare(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  assessmentId: string,
): Promise<boolean> {
  const rows = await db
    .delete(consortiumShares)
    .where(
      and(
        eq(consortiumShares.consortiumId, consortiumId),
        eq(consortiumShares.assessmentId, assessmentId),
        eq(consortiumShares.organisationId, scope.organisationId),
      ),
    )
    .returning({ assessmentId: consortiumShares.assessmentId });
  return rows.length > 0;
}

const auditIssued = sql<boolean>`exists (select 1 from ${audits} where ${audits.assessmentId} = ${assessments.id} and ${audits.organisationId} = ${assessments.organisationId} and ${audits.status} = 'issued')`;

/** A submitted assessment of the city, whether it could be shared, and whether it is. */
export interface SubmittedAssessmentForSharing {
  id: string;
  title: string;
  method: string;
  modelId: string;
  modelVersion: string;
  assessedOn: string;
  status: 'draft' | 'submitted';
  auditIssued: boolean;
  /** When it was shared with the consortium, or null. */
  sharedAt: Date | null;
}

/**
 * The submitted assessments of the scope's organisation, newest first, each with whether an audit
 * statement was issued on it and when it was shared with the consortium (null if it is not).
 */
export async function listSubmittedAssessmentsForSharing(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<SubmittedAssessmentForSharing[]> {
  return db
    .select({
      id: assessments.id,
      title: assessments.title,
      method: assessments.method,
      modelId: assessments.modelId,
      modelVersion: assessments.modelVersion,
      assessedOn: assessments.assessedOn,
      status: assessments.status,
      auditIssued,
      sharedAt: consortiumShares.sharedAt,
    })
    .from(assessments)
    .leftJoin(
      consortiumShares,
      and(
        eq(consortiumShares.assessmentId, assessments.id),
        eq(consortiumShares.consortiumId, consortiumId),
        eq(consortiumShares.organisationId, assessments.organisationId),
      ),
    )
    .where(
      and(
        eq(assessments.organisationId, scope.organisationId),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
}

/** One submitted assessment for sharing (see {@link listSubmittedAssessmentsForSharing}), any status. */
export async function getAssessmentForSharing(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<Omit<SubmittedAssessmentForSharing, 'sharedAt'> | undefined> {
  const [row] = await db
    .select({
      id: assessments.id,
      title: assessments.title,
      method: assessments.method,
      modelId: assessments.modelId,
      modelVersion: assessments.modelVersion,
      assessedOn: assessments.assessedOn,
      status: assessments.status,
      auditIssued,
    })
    .from(assessments)
    .where(
      and(eq(assessments.id, assessmentId), eq(assessments.organisationId, scope.organisationId)),
    );
  return row;
}

/**
 * Withdraws the scope's organisation's shares without an issued audit statement (when it narrows
 * its consent to audited results); returns the assessments withdrawn.
 */
export async function deleteSharesWithoutIssuedAudit(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<string[]> {
  const rows = await db
    .delete(consortiumShares)
    .where(
      and(
        eq(consortiumShares.consortiumId, consortiumId),
        eq(consortiumShares.organisationId, scope.organisationId),
        sql`not exists (select 1 from ${audits} where ${audits.assessmentId} = ${consortiumShares.assessmentId} and ${audits.organisationId} = ${consortiumShares.organisationId} and ${audits.status} = 'issued')`,
      ),
    )
    .returning({ assessmentId: consortiumShares.assessmentId });
  return rows.map((r) => r.assessmentId);
}

/** The shares of the scope's organisation in a consortium, with their levels and titles. */
export async function listOwnShares(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<(PeerRow['shares'][number] & { title: string })[]> {
  const rows = await db
    .select({
      assessmentId: consortiumShares.assessmentId,
      title: assessments.title,
      modelId: consortiumShares.modelId,
      modelVersion: consortiumShares.modelVersion,
      assessedOn: consortiumShares.assessedOn,
      sharedAt: consortiumShares.sharedAt,
      audited: consortiumShares.audited,
      levels: consortiumShares.levels,
    })
    .from(consortiumShares)
    .innerJoin(
      assessments,
      and(
        eq(assessments.id, consortiumShares.assessmentId),
        eq(assessments.organisationId, consortiumShares.organisationId),
      ),
    )
    .where(
      and(
        eq(consortiumShares.consortiumId, consortiumId),
        eq(consortiumShares.organisationId, scope.organisationId),
      ),
    );
  return rows.map((row) => ({ ...row, levels: row.levels as SharedLevelsRecord }));
}

/** A member city as a comparison reads it: attributes, consent and every share with its levels. */
export interface PeerRow {
  organisationId: string;
  nameZh: string;
  nameEn: string;
  country: string;
  region: string | null;
  population: number | null;
  kind: string;
  named: boolean;
  contactable: boolean;
  contactName: string | null;
  contactEmail: string | null;
  shares: {
    assessmentId: string;
    modelId: string;
    modelVersion: string;
    assessedOn: string;
    sharedAt: Date;
    audited: boolean;
    levels: SharedLevelsRecord;
  }[];
}

/** Which shares a peer read returns: each city's latest of a model, as of a date. */
export interface PeerShareSelection {
  modelId: string;
  /** `YYYY-MM-DD`: only shares assessed on or before it. */
  asOf?: string | undefined;
}

/**
 * Every member city of a consortium with its attributes, consent and shares, in one query, for the
 * scope's organisation to compare itself with: nothing unless the scope's organisation is itself a
 * member. Cities are in organisation id order. With a selection, each city comes with its latest
 * share of the model only (by assessment date, then when shared, then id: the order of the core's
 * `compareSharesNewestFirst`), and cities without one are left out: the peer group's rule, applied
 * here too so that a consortium of thousands of cities × cycles sends one row per city.
 */
export async function readConsortiumPeers(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  selection?: PeerShareSelection,
): Promise<PeerRow[]> {
  const shareJoin = and(
    eq(consortiumShares.consortiumId, consortiumMembers.consortiumId),
    eq(consortiumShares.organisationId, consortiumMembers.organisationId),
  );
  const latest = selection
    ? sql`${consortiumShares.assessmentId} = (
        select latest.assessment_id from ${consortiumShares} latest
        where latest.consortium_id = ${consortiumMembers.consortiumId}
          and latest.organisation_id = ${consortiumMembers.organisationId}
          and latest.model_id = ${selection.modelId}
          ${selection.asOf === undefined ? sql`` : sql`and latest.assessed_on <= ${selection.asOf}::date`}
        order by latest.assessed_on desc, date_trunc('milliseconds', latest.shared_at) desc,
          latest.assessment_id desc
        limit 1)`
    : undefined;
  const query = db
    .select({
      organisationId: consortiumMembers.organisationId,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      country: organisations.country,
      region: organisations.region,
      population: organisations.population,
      kind: organisations.kind,
      named: consortiumMembers.named,
      contactable: consortiumMembers.contactable,
      contactName: consortiumMembers.contactName,
      contactEmail: consortiumMembers.contactEmail,
      assessmentId: consortiumShares.assessmentId,
      modelId: consortiumShares.modelId,
      modelVersion: consortiumShares.modelVersion,
      assessedOn: consortiumShares.assessedOn,
      sharedAt: consortiumShares.sharedAt,
      audited: consortiumShares.audited,
      levels: consortiumShares.levels,
    })
    .from(consortiumMembers)
    .innerJoin(organisations, eq(organisations.id, consortiumMembers.organisationId));
  const joined = latest
    ? query.innerJoin(consortiumShares, and(shareJoin, latest))
    : query.leftJoin(consortiumShares, shareJoin);
  const rows = await joined
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        sql`exists (select 1 from ${consortiumMembers} viewer where viewer.consortium_id = ${consortiumId} and viewer.organisation_id = ${scope.organisationId})`,
      ),
    )
    .orderBy(consortiumMembers.organisationId);
  const cities: PeerRow[] = [];
  let current: PeerRow | undefined;
  for (const row of rows) {
    if (current?.organisationId !== row.organisationId) {
      current = {
        organisationId: row.organisationId,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        country: row.country,
        region: row.region,
        population: row.population,
        kind: row.kind,
        named: row.named,
        contactable: row.contactable,
        contactName: row.contactName,
        contactEmail: row.contactEmail,
        shares: [],
      };
      cities.push(current);
    }
    if (
      row.assessmentId !== null &&
      row.modelId !== null &&
      row.modelVersion !== null &&
      row.assessedOn !== null &&
      row.sharedAt !== null &&
      row.audited !== null
    )
      current.shares.push({
        assessmentId: row.assessmentId,
        modelId: row.modelId,
        modelVersion: row.modelVersion,
        assessedOn: row.assessedOn,
        sharedAt: row.sharedAt,
        audited: row.audited,
        levels: row.levels as SharedLevelsRecord,
      });
  }
  return cities;
}
