import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { assessments, ratings, respondents } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type AssessmentRow = typeof assessments.$inferSelect;
export type RespondentRow = typeof respondents.$inferSelect;
export type NewAssessment = Pick<
  typeof assessments.$inferInsert,
  'title' | 'modelId' | 'modelVersion' | 'method' | 'assessedOn' | 'createdBy'
>;

/** SQL condition: a rating with both measures answered (a level or "don't know"). */
const answered = sql`(${ratings.current} is not null or ${ratings.currentUnknown}) and (${ratings.target} is not null or ${ratings.targetUnknown})`;

/** The assessments of the scope's organisation, newest first, with their respondents and answered ratings. */
export async function listAssessments(db: Executor, scope: OrganisationScope) {
  const rows = await db
    .select()
    .from(assessments)
    .where(eq(assessments.organisationId, scope.organisationId))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
  const counts = await answeredCounts(
    db,
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    ...(counts.get(row.id) ?? { respondentCount: 0, answeredRatings: 0 }),
  }));
}

async function answeredCounts(db: Executor, scope: OrganisationScope, ids: string[]) {
  const result = new Map<string, { respondentCount: number; answeredRatings: number }>();
  if (ids.length === 0) return result;
  const respondentCounts = await db
    .select({ assessmentId: respondents.assessmentId, n: count() })
    .from(respondents)
    .where(
      and(
        eq(respondents.organisationId, scope.organisationId),
        inArray(respondents.assessmentId, ids),
      ),
    )
    .groupBy(respondents.assessmentId);
  const answeredRatings = await db
    .select({ assessmentId: respondents.assessmentId, n: count() })
    .from(ratings)
    .innerJoin(respondents, eq(ratings.respondentId, respondents.id))
    .where(
      and(
        eq(ratings.organisationId, scope.organisationId),
        inArray(respondents.assessmentId, ids),
        answered,
      ),
    )
    .groupBy(respondents.assessmentId);
  for (const row of respondentCounts)
    result.set(row.assessmentId, { respondentCount: row.n, answeredRatings: 0 });
  for (const row of answeredRatings) {
    const entry = result.get(row.assessmentId);
    if (entry) entry.answeredRatings = row.n;
  }
  return result;
}

/** One assessment of the scope's organisation. */
export async function getAssessment(
  db: Executor,
  scope: OrganisationScope,
  id: string,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, scope.organisationId)));
  return row;
}

/**
 * The same, locked for the rest of the transaction: `update` (the default) for changing the
 * assessment itself (submit, rename, delete); `share` for changing answers, so that answers of many
 * respondents are saved side by side while a submit still waits for them (and they for it).
 */
export async function lockAssessment(
  db: Executor,
  scope: OrganisationScope,
  id: string,
  mode: 'update' | 'share' = 'update',
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, scope.organisationId)))
    .for(mode);
  return row;
}

/** The respondents of an assessment with their number of answered characteristics. */
export async function listRespondents(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
) {
  const rows = await db
    .select()
    .from(respondents)
    .where(
      and(
        eq(respondents.assessmentId, assessmentId),
        eq(respondents.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(respondents.createdAt));
  if (rows.length === 0) return [];
  const answeredRows = await db
    .select({ respondentId: ratings.respondentId, n: count() })
    .from(ratings)
    .where(
      and(
        eq(ratings.organisationId, scope.organisationId),
        inArray(
          ratings.respondentId,
          rows.map((r) => r.id),
        ),
        answered,
      ),
    )
    .groupBy(ratings.respondentId);
  const answeredBy = new Map(answeredRows.map((r) => [r.respondentId, r.n]));
  return rows.map((r) => ({ ...r, answered: answeredBy.get(r.id) ?? 0 }));
}

/** Creates an assessment with its first respondent, in one transaction. */
export async function createAssessment(
  db: Executor,
  scope: OrganisationScope,
  values: NewAssessment,
  respondent: { name: string; userId: string | null; stakeholderGroup: string | null },
): Promise<{ assessment: AssessmentRow; respondent: RespondentRow }> {
  return db.transaction(async (tx) => {
    const [assessment] = await tx
      .insert(assessments)
      .values({ ...values, organisationId: scope.organisationId })
      .returning();
    if (!assessment) throw new Error('insert returned no row');
    const [first] = await tx
      .insert(respondents)
      .values({ ...respondent, organisationId: scope.organisationId, assessmentId: assessment.id })
      .returning();
    if (!first) throw new Error('insert returned no row');
    return { assessment, respondent: first };
  });
}

/** Changes the title, date or minimum group size of an assessment of the scope's organisation. */
export async function updateAssessment(
  db: Executor,
  scope: OrganisationScope,
  id: string,
  values: Partial<Pick<AssessmentRow, 'title' | 'assessedOn' | 'minGroupSize'>>,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .update(assessments)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, scope.organisationId)))
    .returning();
  return row;
}

/** Deletes an assessment of the scope's organisation (its respondents, ratings and evidence go with it). */
export async function deleteAssessment(
  db: Executor,
  scope: OrganisationScope,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, scope.organisationId)))
    .returning({ id: assessments.id });
  return rows.length > 0;
}

/** Marks an assessment submitted (call inside a transaction that locked it). */
export async function markSubmitted(
  db: Executor,
  scope: OrganisationScope,
  id: string,
  userId: string | null,
): Promise<AssessmentRow | undefined> {
  const now = new Date();
  const [row] = await db
    .update(assessments)
    .set({ status: 'submitted', submittedAt: now, submittedBy: userId, updatedAt: now })
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, scope.organisationId)))
    .returning();
  return row;
}
