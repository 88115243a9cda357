import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';

/**
 * Deletes an assessment with its responses (organisation administrators; recorded in the audit
 * log), unless an external audit of it is on record.
 */
export async function deleteAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    // An audit on record (and the public verification of it) must keep pointing at something.
    if (await repositories.getAudit(tx, access.scope, assessmentId))
      throw new HttpError(409, 'assessment-audited');
    // The last link of its chain (the chain stays in the audit log after the rows are gone).
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'assessment.delete',
      ip,
      details: { title: row.title, status: row.status },
    });
    await repositories.deleteAssessment(tx, access.scope, assessmentId);
  });
}
