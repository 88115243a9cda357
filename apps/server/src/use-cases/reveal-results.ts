import { revealRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { notifyWorkshopChange } from '../live/notify-live.js';
import { getAssessment } from './get-assessment.js';

const refusalErrors = {
  'no-invitations': [409, 'invitations-not-used'],
  'not-draft': [409, 'assessment-not-draft'],
  'already-revealed': [409, 'results-already-revealed'],
  'no-answers': [409, 'reveal-no-answers'],
} as const;

/**
 * Reveals the results of a multi-stakeholder or facilitated assessment: from now on every invited
 * stakeholder sees them, and rating closes (the core's reveal rule decides when it may happen).
 */
export async function revealResults(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    const respondents = await repositories.listRespondents(tx, access.scope, assessmentId);
    const refusal = revealRefusal(row, respondents.filter((r) => r.answered > 0).length);
    if (refusal) {
      const [status, code] = refusalErrors[refusal];
      throw new HttpError(status, code);
    }
    await repositories.markRevealed(tx, access.scope, assessmentId, access.auth.user.id);
    const version = await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'assessment.reveal',
      ip,
      details: { respondents: respondents.length },
    });
    // Whoever already follows the workshop reads it again: it opens with the reveal.
    await notifyWorkshopChange(tx, assessmentId, { version, change: 'reveal' });
  });
  return getAssessment(ctx, access, assessmentId);
}
