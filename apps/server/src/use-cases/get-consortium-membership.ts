import { shareRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { membershipOr404, presentMembership } from './benchmarking-support.js';

/**
 * The city's membership of a consortium, with its submitted assessments: which are shared, and
 * which may be under its consent (and why not).
 */
export async function getConsortiumMembership(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
) {
  const db = ctx.database.db;
  const record = await membershipOr404(db, access.scope, consortiumId);
  const assessments = await repositories.listSubmittedAssessmentsForSharing(
    db,
    access.scope,
    consortiumId,
  );
  return {
    ...presentMembership(record),
    assessments: assessments.map((a) => ({
      id: a.id,
      title: a.title,
      date: a.assessedOn,
      method: a.method as 'single-stakeholder',
      modelId: a.modelId,
      audited: a.auditIssued,
      sharedAt: a.sharedAt?.toISOString() ?? null,
      refusal: shareRefusal(record.membership.sharing, a),
    })),
  };
}
