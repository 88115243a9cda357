import { and, asc, eq } from 'drizzle-orm';
import { assessments, organisations, users } from '../schema/tables.js';
import { assessmentGrants } from '../schema/verification.js';
import type { Executor, OrganisationScope } from './scope.js';

/**
 * The grant a user holds on one assessment of an organisation (an external auditor's access), or
 * undefined. Looked up by organisation and assessment together, so a grant never opens another
 * organisation's data.
 */
export async function getAssessmentGrant(
  db: Executor,
  userId: string,
  organisationId: string,
  assessmentId: string,
) {
  const [row] = await db
    .select({ role: assessmentGrants.role })
    .from(assessmentGrants)
    .where(
      and(
        eq(assessmentGrants.userId, userId),
        eq(assessmentGrants.organisationId, organisationId),
        eq(assessmentGrants.assessmentId, assessmentId),
      ),
    );
  return row ? { role: row.role as 'auditor' } : undefined;
}

/** Grants a user access to one assessment of the scope's organisation. */
export async function createAssessmentGrant(
  db: Executor,
  scope: OrganisationScope,
  values: { assessmentId: string; userId: string; role: 'auditor'; createdBy: string | null },
): Promise<void> {
  await db.insert(assessmentGrants).values({ ...values, organisationId: scope.organisationId });
}

/** The grants on one assessment of the scope's organisation, with the grantees' accounts. */
export async function listAssessmentGrants(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
) {
  const rows = await db
    .select({
      userId: assessmentGrants.userId,
      role: assessmentGrants.role,
      createdAt: assessmentGrants.createdAt,
      createdBy: assessmentGrants.createdBy,
      email: users.email,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
    })
    .from(assessmentGrants)
    .innerJoin(users, eq(users.id, assessmentGrants.userId))
    .where(
      and(
        eq(assessmentGrants.organisationId, scope.organisationId),
        eq(assessmentGrants.assessmentId, assessmentId),
      ),
    )
    .orderBy(asc(assessmentGrants.createdAt));
  return rows.map((r) => ({ ...r, role: r.role as 'auditor' }));
}

/** Removes a user's grant on one assessment of the scope's organisation; false when there was none. */
export async function deleteAssessmentGrant(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(assessmentGrants)
    .where(
      and(
        eq(assessmentGrants.organisationId, scope.organisationId),
        eq(assessmentGrants.assessmentId, assessmentId),
        eq(assessmentGrants.userId, userId),
      ),
    )
    .returning({ userId: assessmentGrants.userId });
  return rows.length > 0;
}

/**
 * Every grant a user holds, with the organisation's names and the assessment's title: what their
 * session shows them (they are not members and see nothing else of those organisations).
 */
export async function listGrantsOfUser(db: Executor, userId: string) {
  const rows = await db
    .select({
      role: assessmentGrants.role,
      organisationId: organisations.id,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      assessmentId: assessments.id,
      title: assessments.title,
      status: assessments.status,
    })
    .from(assessmentGrants)
    .innerJoin(
      assessments,
      and(
        eq(assessments.id, assessmentGrants.assessmentId),
        eq(assessments.organisationId, assessmentGrants.organisationId),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, assessmentGrants.organisationId))
    .where(eq(assessmentGrants.userId, userId))
    .orderBy(asc(assessmentGrants.createdAt));
  return rows.map((r) => ({ ...r, role: r.role as 'auditor' }));
}
