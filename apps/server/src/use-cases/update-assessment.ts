import { canChangeAnswers, canChangeMinGroupSize } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { getAssessment } from './get-assessment.js';

/**
 * Changes the title, date or minimum group size (below which a stakeholder group's statistics are
 * not shown) of a draft assessment; the minimum group size only until the results are revealed.
 */
export async function updateAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  input: {
    title?: string | undefined;
    date?: string | undefined;
    minGroupSize?: number | undefined;
  },
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    if (!canChangeAnswers(row.status)) throw new HttpError(409, 'assessment-not-draft');
    if (input.minGroupSize !== undefined && !canChangeMinGroupSize(row))
      throw new HttpError(409, 'results-already-revealed');
    await repositories.updateAssessment(tx, access.scope, assessmentId, {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.date === undefined ? {} : { assessedOn: input.date }),
      ...(input.minGroupSize === undefined ? {} : { minGroupSize: input.minGroupSize }),
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'assessment.update',
      ip,
      details: { changes: input },
    });
  });
  return getAssessment(ctx, access, assessmentId);
}
