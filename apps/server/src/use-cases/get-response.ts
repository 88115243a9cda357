import {
  canEditResponse,
  responseProgress,
  roleAllows,
  type StoredRating,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/**
 * A respondent's answers with their evidence. Readable by whoever may edit it, and by roles that
 * see results (viewers, auditors, administrators); a respondent sees only their own.
 */
export async function getResponse(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  respondentId: string,
) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  const respondent = await repositories.getRespondent(db, access.scope, assessmentId, respondentId);
  if (!assessment || !respondent) throw notFound();
  const editable = canEditResponse({
    mayAnswerForTeam: roleAllows(access.role, 'responses.answer-team'),
    method: assessment.method,
    respondentUserId: respondent.userId,
    userId: access.auth.user.id,
  });
  if (!editable && !roleAllows(access.role, 'results.view'))
    throw new HttpError(403, 'not-respondent');
  const { ratings, evidence } = await repositories.getResponse(db, access.scope, respondentId);
  const byCharacteristic: Record<
    string,
    StoredRating & { evidence: { text: string | null; links: string[] }; updatedAt: string | null }
  > = {};
  for (const r of ratings) {
    byCharacteristic[r.characteristicId] = {
      current: r.current,
      target: r.target,
      evidence: { text: null, links: [] },
      updatedAt: r.updatedAt.toISOString(),
    };
  }
  for (const e of evidence) {
    byCharacteristic[e.characteristicId] ??= {
      current: null,
      target: null,
      evidence: { text: null, links: [] },
      updatedAt: null,
    };
    const entry = byCharacteristic[e.characteristicId];
    if (!entry) continue;
    if (e.kind === 'text')
      entry.evidence.text =
        entry.evidence.text === null ? e.body : `${entry.evidence.text}\n${e.body}`;
    else entry.evidence.links.push(e.body);
  }
  return {
    respondentId,
    assessmentId,
    editable: editable && assessment.status === 'draft',
    progress: responseProgress(modelOf(ctx, assessment.modelId), byCharacteristic),
    ratings: byCharacteristic,
  };
}
