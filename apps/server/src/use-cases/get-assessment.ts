import {
  allowedActions,
  assessmentGrantActions,
  canEditResponse,
  roleAllows,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AssessmentCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { presentAssessment } from '../http/presenters.js';
import { modelOf } from './model-of.js';
import { respondentSources } from './respondent-sources.js';

/**
 * One assessment with its respondents (their progress, and how each came in: see
 * `respondentSources`), its snapshot once submitted, and what the caller may do with it: a member by their role; an external auditor (a grant on this assessment
 * only) reads it and answers nothing.
 */
export async function getAssessment(
  ctx: AppContext,
  access: AssessmentCaller,
  assessmentId: string,
) {
  const db = ctx.database.db;
  const row = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!row) throw notFound();
  const total = modelOf(ctx, row.modelId).characteristics.length;
  const [respondents, snapshot] = await Promise.all([
    repositories.listRespondents(db, access.scope, assessmentId),
    repositories.getSnapshotHead(db, access.scope, assessmentId),
  ]);
  const sources = await respondentSources(db, access.scope, assessmentId, respondents);
  const role = access.role;
  const mayAnswerForTeam = role !== null && roleAllows(role, 'responses.answer-team');
  const answered = respondents.reduce((sum, r) => sum + r.answered, 0);
  return {
    ...presentAssessment(row, { answered, total: total * respondents.length }),
    respondents: respondents.map((r) => ({
      id: r.id,
      name: r.name,
      stakeholderGroup: r.stakeholderGroup,
      userId: r.userId,
      source: sources.get(r.id) ?? 'member',
      progress: { answered: r.answered, total },
      editable:
        row.status === 'draft' &&
        role !== null &&
        canEditResponse({
          mayAnswerForTeam,
          method: row.method,
          respondentUserId: r.userId,
          userId: access.auth.user.id,
        }),
    })),
    snapshot: snapshot
      ? { digest: snapshot.digest, createdAt: snapshot.createdAt.toISOString() }
      : null,
    actions: role ? [...allowedActions(role)] : access.grant ? [...assessmentGrantActions] : [],
  };
}
