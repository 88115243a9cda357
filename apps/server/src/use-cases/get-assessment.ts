import { allowedActions, canEditResponse, roleAllows } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { presentAssessment } from '../http/presenters.js';
import { modelOf } from './model-of.js';

/** One assessment with its respondents, their progress, and what the caller may do with it. */
export async function getAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
) {
  const db = ctx.database.db;
  const row = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!row) throw notFound();
  const total = modelOf(ctx, row.modelId).characteristics.length;
  const respondents = await repositories.listRespondents(db, access.scope, assessmentId);
  const mayAnswerForTeam = roleAllows(access.role, 'responses.answer-team');
  const answered = respondents.reduce((sum, r) => sum + r.answered, 0);
  return {
    ...presentAssessment(row, { answered, total: total * respondents.length }),
    respondents: respondents.map((r) => ({
      id: r.id,
      name: r.name,
      stakeholderGroup: r.stakeholderGroup,
      userId: r.userId,
      progress: { answered: r.answered, total },
      editable:
        row.status === 'draft' &&
        canEditResponse({
          mayAnswerForTeam,
          method: row.method,
          respondentUserId: r.userId,
          userId: access.auth.user.id,
        }),
    })),
    actions: [...allowedActions(access.role)],
  };
}
