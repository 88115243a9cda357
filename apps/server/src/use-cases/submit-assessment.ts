import { submitRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { getAssessment } from './get-assessment.js';
import { modelOf } from './model-of.js';

/** Submits a complete draft assessment: its answers are final from now on. */
export async function submitAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    const total = modelOf(ctx, row.modelId).characteristics.length;
    const respondents = await repositories.listRespondents(tx, access.scope, assessmentId);
    const refusal = submitRefusal({
      method: row.method,
      status: row.status,
      revealedAt: row.revealedAt,
      responses: respondents.map((r) => ({ answered: r.answered, total })),
    });
    if (refusal === 'not-draft') throw new HttpError(409, 'assessment-not-draft');
    if (refusal === 'incomplete') throw new HttpError(409, 'assessment-incomplete');
    await repositories.markSubmitted(tx, access.scope, assessmentId, access.auth.user.id);
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'assessment.submit',
      ip,
    });
  });
  return getAssessment(ctx, access, assessmentId);
}
