import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';

/** Deletes an assessment with its responses (organisation administrators; recorded in the audit log). */
export async function deleteAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    await repositories.deleteAssessment(tx, access.scope, assessmentId);
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'assessment.delete',
      targetType: 'assessment',
      targetId: assessmentId,
      outcome: 'success',
      ip,
      details: { title: row.title, status: row.status },
    });
  });
}
