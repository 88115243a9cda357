import { and, eq } from 'drizzle-orm';
import { assessmentGrants } from '../schema/verification.js';
import type { Executor } from './scope.js';

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
