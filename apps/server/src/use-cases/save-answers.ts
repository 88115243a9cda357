import { canChangeAnswers, canEditResponse, roleAllows } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/** The answers of one characteristic as the API receives them. */
export interface RatingInput {
  current: number | 'unknown' | null;
  target: number | 'unknown' | null;
  evidence?: { text?: string | null | undefined; links?: string[] | undefined } | undefined;
}

/**
 * Saves answers of one response (one characteristic for autosave, or a whole response at once),
 * in one transaction that locks the assessment: it must be a draft, the characteristics must be
 * the model's, and the caller must be allowed to edit this response. Returns the response's progress.
 */
export async function saveAnswers(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  respondentId: string,
  answers: Readonly<Record<string, RatingInput>>,
  ip: string,
): Promise<{ answered: number; total: number }> {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await repositories.lockAssessment(tx, access.scope, assessmentId, 'share');
    const respondent =
      assessment &&
      (await repositories.getRespondent(tx, access.scope, assessmentId, respondentId));
    if (!assessment || !respondent) throw notFound();
    const editable = canEditResponse({
      mayAnswerForTeam: roleAllows(access.role, 'responses.answer-team'),
      method: assessment.method,
      respondentUserId: respondent.userId,
      userId: access.auth.user.id,
    });
    if (!editable) throw new HttpError(403, 'not-respondent');
    if (!canChangeAnswers(assessment.status)) throw new HttpError(409, 'assessment-not-draft');
    const model = modelOf(ctx, assessment.modelId);
    const unknownIds = Object.keys(answers).filter((id) => !model.characteristicById.has(id));
    if (unknownIds.length > 0) {
      throw new HttpError(400, 'unknown-characteristic', {
        issues: unknownIds.map((id) => ({ path: `ratings.${id}`, message: id })),
      });
    }
    await repositories.saveAnswers(
      tx,
      access.scope,
      respondentId,
      Object.entries(answers).map(([characteristicId, a]) => ({
        characteristicId,
        current: a.current,
        target: a.target,
        ...(a.evidence === undefined
          ? {}
          : {
              evidence: [
                ...(a.evidence.text ? [{ kind: 'text' as const, body: a.evidence.text }] : []),
                ...(a.evidence.links ?? []).map((url) => ({ kind: 'link' as const, body: url })),
              ],
            }),
      })),
      access.auth.user.id,
    );
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'ratings.save',
      targetType: 'respondent',
      targetId: respondentId,
      outcome: 'success',
      ip,
      details: { characteristics: Object.keys(answers) },
    });
    const [withCount] = (await repositories.listRespondents(tx, access.scope, assessmentId)).filter(
      (r) => r.id === respondentId,
    );
    return { answered: withCount?.answered ?? 0, total: model.characteristics.length };
  });
}
