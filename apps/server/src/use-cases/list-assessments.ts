import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { presentAssessment } from '../http/presenters.js';
import { modelOf } from './model-of.js';

/** The organisation's assessments, newest first, with their progress. */
export async function listAssessments(ctx: AppContext, access: OrganisationAccess) {
  const rows = await repositories.listAssessments(ctx.database.db, access.scope);
  return rows.map((row) => {
    const total = row.respondentCount * modelOf(ctx, row.modelId).characteristics.length;
    return presentAssessment(row, { answered: row.answeredRatings, total });
  });
}
