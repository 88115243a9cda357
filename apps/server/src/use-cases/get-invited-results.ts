import { stakeholderSeesResults } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { InvitationLinkAccess } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { getResults } from './get-results.js';

/**
 * The results an invited stakeholder sees once they are revealed: the same as the members see
 * (stakeholder groups smaller than the minimum group size without their statistics). Before the
 * reveal: 409, and nothing of anyone else's answers.
 */
export async function getInvitedResults(ctx: AppContext, link: InvitationLinkAccess) {
  const assessment = await repositories.getAssessment(
    ctx.database.db,
    link.scope,
    link.assessmentId,
  );
  if (!assessment) throw new HttpError(404, 'invitation-not-found');
  if (!stakeholderSeesResults(assessment)) throw new HttpError(409, 'results-not-revealed');
  // The link's organisation scope reads the assessment: no member's access is involved.
  return getResults(ctx, link, link.assessmentId);
}
