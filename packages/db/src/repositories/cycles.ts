import { and, asc, eq, sql } from 'drizzle-orm';
import { assessments } from '../schema/tables.js';
import { audits } from '../schema/verification.js';
import type { Executor, OrganisationScope } from './scope.js';

/** An assessment of the organisation as a cycle of its improvement process. */
export interface CycleAssessmentRecord {
  id: string;
  title: string;
  method: string;
  status: 'draft' | 'submitted';
  assessedOn: string;
  modelId: string;
  modelVersion: string;
  submittedAt: Date | null;
  createdAt: Date;
  /** True when an external audit statement was issued on it. */
  audited: boolean;
}

/**
 * The assessments of the scope's organisation that count as its cycles, oldest first (by date, then
 * by creation): the submitted ones, and the drafts too when asked for.
 */
export async function listCycleAssessments(
  db: Executor,
  scope: OrganisationScope,
  options: { includeDrafts?: boolean } = {},
): Promise<CycleAssessmentRecord[]> {
  return db
    .select({
      id: assessments.id,
      title: assessments.title,
      method: assessments.method,
      status: assessments.status,
      assessedOn: assessments.assessedOn,
      modelId: assessments.modelId,
      modelVersion: assessments.modelVersion,
      submittedAt: assessments.submittedAt,
      createdAt: assessments.createdAt,
      audited: sql<boolean>`coalesce(${audits.status} = 'issued', false)`,
    })
    .from(assessments)
    .leftJoin(
      audits,
      and(eq(audits.assessmentId, assessments.id), eq(audits.organisationId, scope.organisationId)),
    )
    .where(
      and(
        eq(assessments.organisationId, scope.organisationId),
        options.includeDrafts === true ? undefined : eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt), asc(assessments.id));
}

/** How many ratings of one measure gave each level, and "don't know" (as the core's cycle scoring reads them). */
export interface RatingCounts {
  levels: Record<number, number>;
  unknown: number;
}

/** The ratings of one assessment, counted: what the trend of many cycles needs instead of every rating. */
export interface CycleRatingCounts {
  respondents: number;
  /** Respondents who answered nothing (no level and no "don't know" anywhere). */
  silentRespondents: number;
  /** Per characteristic id. */
  characteristics: Record<string, { current: RatingCounts; target: RatingCounts }>;
}

/**
 * The ratings of assessments of the scope's organisation counted per characteristic, measure and
 * level (the database counts: a few hundred rows instead of 16,000 ratings for 500 respondents),
 * with their numbers of respondents, by assessment id. Assessments without respondents are absent.
 */
export async function countCycleRatings(
  db: Executor,
  scope: OrganisationScope,
  assessmentIds: readonly string[],
): Promise<Map<string, CycleRatingCounts>> {
  const result = new Map<string, CycleRatingCounts>();
  if (assessmentIds.length === 0) return result;
  const ids = `{${assessmentIds.join(',')}}`;
  const respondentRows = await db.execute<{ assessment_id: string; n: number; silent: number }>(sql`
    select p.assessment_id, count(*)::int as n,
           (count(*) filter (where not exists (
              select 1 from ratings r
               where r.respondent_id = p.id and r.organisation_id = p.organisation_id
                 and (r.current is not null or r.current_unknown
                      or r.target is not null or r.target_unknown))))::int as silent
      from respondents p
     where p.organisation_id = ${scope.organisationId} and p.assessment_id = any(${ids}::uuid[])
     group by p.assessment_id`);
  for (const row of respondentRows.rows)
    result.set(row.assessment_id, {
      respondents: row.n,
      silentRespondents: row.silent,
      characteristics: {},
    });
  const countRows = await db.execute<{
    assessment_id: string;
    characteristic_id: string;
    current: number | null;
    current_unknown: boolean;
    target: number | null;
    target_unknown: boolean;
    n: number;
  }>(sql`
    select p.assessment_id, r.characteristic_id, r.current, r.current_unknown,
           r.target, r.target_unknown, count(*)::int as n
      from ratings r
      join respondents p on p.id = r.respondent_id and p.organisation_id = r.organisation_id
     where r.organisation_id = ${scope.organisationId} and p.assessment_id = any(${ids}::uuid[])
     group by 1, 2, 3, 4, 5, 6`);
  const add = (counts: RatingCounts, level: number | null, unknown: boolean, n: number) => {
    // As the stored answers read: "don't know" whatever the level column holds.
    if (unknown) counts.unknown += n;
    else if (level !== null) counts.levels[level] = (counts.levels[level] ?? 0) + n;
  };
  for (const row of countRows.rows) {
    const assessment = result.get(row.assessment_id);
    if (!assessment) continue;
    const c = (assessment.characteristics[row.characteristic_id] ??= {
      current: { levels: {}, unknown: 0 },
      target: { levels: {}, unknown: 0 },
    });
    add(c.current, row.current, row.current_unknown, row.n);
    add(c.target, row.target, row.target_unknown, row.n);
  }
  return result;
}
