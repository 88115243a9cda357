import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';

/**
 * Ends an external auditor's access to an assessment (organisation administrators). An audit not
 * yet issued is discarded with its findings (the chain keeps their history); an issued audit stays
 * on record, since its statement was signed against the snapshot.
 */
export async function revokeAuditor(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  userId: string,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const assessment = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!assessment) throw notFound();
    if (!(await repositories.deleteAssessmentGrant(tx, access.scope, assessmentId, userId)))
      throw notFound();
    const audit = await repositories.getAudit(tx, access.scope, assessmentId);
    const discard = audit?.status === 'in-progress' && audit.auditorUserId === userId;
    const findings = discard
      ? (await repositories.listAuditFindings(tx, access.scope, assessmentId)).length
      : 0;
    if (discard) await repositories.deleteAudit(tx, access.scope, assessmentId);
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'audit.revoke',
      targetType: 'user',
      targetId: userId,
      ip,
      details: { auditDiscarded: discard, findingsDiscarded: findings },
    });
  });
}
