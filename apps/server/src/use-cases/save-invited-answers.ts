import { stakeholderAnswerRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { InvitationLinkAccess } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import {
  answeredIn,
  answerRows,
  assertModelCharacteristics,
  type RatingInput,
} from './save-answers.js';
import { stakeholderAnswerError } from './stakeholder-support.js';

/**
 * Saves answers of an invited stakeholder through their link (one characteristic, or many at once)
 * on the same hot path as members' answers: one transaction that locks the assessment, writes the
 * ratings and the chain entry (no user; the details name the invitation), and applies the rules
 * before it commits: the link must still be valid, the assessment a draft and its results not
 * revealed (rating is blind, and closes at the reveal). Returns the response's progress.
 */
export async function saveInvitedAnswers(
  ctx: AppContext,
  link: InvitationLinkAccess,
  answers: Readonly<Record<string, RatingInput>>,
  ip: string,
): Promise<{ answered: number; total: number }> {
  let total = 0;
  const result = await repositories.saveAnswersChecked(
    ctx.database.pool,
    link.scope,
    {
      assessmentId: link.assessmentId,
      respondentId: link.respondentId,
      ...answerRows(answers),
      audit: { actorUserId: null, ip, details: { invitationId: link.invitationId } },
    },
    (target) => {
      const refusal = stakeholderAnswerRefusal(target, link, new Date());
      if (refusal) throw stakeholderAnswerError(refusal);
      total = assertModelCharacteristics(modelOf(ctx, target.modelId), answers);
    },
  );
  if (!result) throw new HttpError(404, 'invitation-not-found');
  return { answered: result.answeredOthers + answeredIn(answers), total };
}
