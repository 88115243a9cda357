import { canChangeAnswers, canEditResponse, isAnswered, roleAllows } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import { repositories } from '@citymaturity/db';
import { type OrganisationAccess } from '../auth/authorize.js';
import { type AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/** The answers of one characteristic as the API receives them. */
export interface RatingInput {
  current: number | 'unknown' | null;
  target: number | 'unknown' | null;
  evidence?: { text?: string | null | undefined; links?: string[] | undefined } | undefined;
}

/**
 * The answers as the repository writes them: the ratings, and the notes and links that replace
 * those of each characteristic whose evidence is given.
 */
export function answerRows(answers: Readonly<Record<string, RatingInput>>) {
  const entries = Object.entries(answers);
  return {
    answers: entries.map(([characteristicId, a]) => ({
      characteristicId,
      current: a.current,
      target: a.target,
    })),
    evidence: entries
      .filter(([, a]) => a.evidence !== undefined)
      .map(([characteristicId, a]) => ({
        characteristicId,
        items: [
          ...(a.evidence?.text ? [{ kind: 'text' as const, body: a.evidence.text }] : []),
          ...(a.evidence?.links ?? []).map((url) => ({ kind: 'link' as const, body: url })),
        ],
      })),
  };
}

/**
 * Refuses (400, naming each) characteristics that are not the model's; returns how many the model
 * has.
 */
export function assertModelCharacteristics(
  model: ModelIndex,
  answers: Readonly<Record<string, RatingInput>>,
): number {
  const unknownIds = Object.keys(answers).filter((id) => !model.characteristicById.has(id));
  if (unknownIds.length > 0) {
    throw new HttpError(400, 'unknown-characteristic', {
      issues: unknownIds.map((id) => ({ path: `ratings.${id}`, message: id })),
    });
  }
  return model.characteristics.length;
}

/** How many of the given characteristics are answered (both measures given). */
export function answeredIn(answers: Readonly<Record<string, RatingInput>>): number {
  return Object.values(answers).filter((a) => isAnswered({ current: a.current, target: a.target }))
    .length;
}

/**
 * Saves answers of one response (one characteristic for autosave, or a whole response at once) in
 * one transaction: the assessment is locked for sharing and must be a draft, the characteristics
 * must be the model's, and the caller must be allowed to edit this response. Ratings and the audit
 * entry are written in one statement; evidence, when given, replaces the characteristic's evidence.
 * Returns the response's progress.
 */
export async function saveAnswers(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  respondentId: string,
  answers: Readonly<Record<string, RatingInput>>,
  ip: string,
): Promise<{ answered: number; total: number }> {
  let total = 0;
  const result = await repositories.saveAnswersChecked(
    ctx.database.pool,
    access.scope,
    {
      assessmentId,
      respondentId,
      ...answerRows(answers),
      audit: {
        actorUserId: access.auth.user.id,
        ip,
        details: {},
      },
    },
    // The domain rules, applied before the transaction commits (a refusal rolls everything back).
    (target) => {
      const editable = canEditResponse({
        mayAnswerForTeam: roleAllows(access.role, 'responses.answer-team'),
        method: target.method,
        respondentUserId: target.respondentUserId,
        userId: access.auth.user.id,
      });
      if (!editable) throw new HttpError(403, 'not-respondent');
      if (!canChangeAnswers(target.status)) throw new HttpError(409, 'assessment-not-draft');
      total = assertModelCharacteristics(modelOf(ctx, target.modelId), answers);
    },
  );
  if (!result) throw notFound();
  return { answered: result.answeredOthers + answeredIn(answers), total };
}
