import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { auditBenchmarking, membershipOr404 } from './benchmarking-support.js';

/**
 * Withdraws an assessment the city shared with a consortium (organisation administrators): its
 * levels are deleted and leave every aggregate at once. 404 when it is not shared.
 */
export async function unshareAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  assessmentId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    await membershipOr404(tx, access.scope, consortiumId, { lock: true });
    const deleted = await repositories.deleteShare(tx, access.scope, consortiumId, assessmentId);
    if (!deleted) throw notFound();
    await auditBenchmarking(tx, access, ip, 'consortium.unshare', {
      targetType: 'assessment',
      targetId: assessmentId,
      details: { consortiumId },
    });
  });
}
