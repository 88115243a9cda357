import {
  canEditResponse,
  grantAllows,
  mayReadOthersResponse,
  responseProgress,
  roleAllows,
  type StoredRating,
} from '@citymaturity/core';
import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { AssessmentCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/**
 * A respondent's answers with their evidence. Readable by whoever may edit it and by whoever the
 * core's {@link mayReadOthersResponse} lets read it (in a single-stakeholder assessment, roles
 * that see results; where stakeholders were invited, only roles and grants that review evidence);
 * a respondent sees only their own.
 */
export async function getResponse(
  ctx: AppContext,
  access: AssessmentCaller,
  assessmentId: string,
  respondentId: string,
) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  const respondent = await repositories.getRespondent(db, access.scope, assessmentId, respondentId);
  if (!assessment || !respondent) throw notFound();
  const role = access.role;
  const editable =
    role !== null &&
    canEditResponse({
      mayAnswerForTeam: roleAllows(role, 'responses.answer-team'),
      method: assessment.method,
      respondentUserId: respondent.userId,
      userId: access.auth.user.id,
    });
  const readable =
    editable ||
    mayReadOthersResponse(assessment.method, {
      resultsView: role !== null && roleAllows(role, 'results.view'),
      evidenceView:
        role !== null
          ? roleAllows(role, 'evidence.view')
          : Boolean(access.grant && grantAllows(access.grant, 'evidence.view')),
    });
  if (!readable) throw new HttpError(403, 'not-respondent');
  const { ratings, evidence } = await repositories.getResponse(db, access.scope, respondentId);
  const byCharacteristic: Record<
    string,
    StoredRating & { evidence: ResponseEvidence; updatedAt: string | null }
  > = {};
  for (const r of ratings) {
    byCharacteristic[r.characteristicId] = {
      current: r.current,
      target: r.target,
      evidence: { text: null, links: [], files: [] },
      updatedAt: r.updatedAt.toISOString(),
    };
  }
  let files: Map<string, ResponseEvidence['files'][number]> | undefined;
  for (const e of evidence) {
    byCharacteristic[e.characteristicId] ??= {
      current: null,
      target: null,
      evidence: { text: null, links: [], files: [] },
      updatedAt: null,
    };
    const entry = byCharacteristic[e.characteristicId];
    if (!entry) continue;
    if (e.kind === 'text')
      entry.evidence.text =
        entry.evidence.text === null ? e.body : `${entry.evidence.text}\n${e.body}`;
    else if (e.kind === 'link') entry.evidence.links.push(e.body);
    else {
      const file = (files ??= await fileDescriptions(
        ctx,
        access.scope,
        assessmentId,
        respondentId,
      )).get(e.id);
      if (file) entry.evidence.files.push(file);
    }
  }
  return {
    respondentId,
    assessmentId,
    editable: editable && assessment.status === 'draft',
    progress: responseProgress(modelOf(ctx, assessment.modelId), byCharacteristic),
    ratings: byCharacteristic,
  };
}

/** The evidence of one rating in a response: the notes joined, the links, the files described. */
interface ResponseEvidence {
  text: string | null;
  links: string[];
  files: {
    id: string;
    name: string;
    mediaType: string;
    size: number;
    sha256: string;
    createdAt: string;
  }[];
}

/** The files of a response, described (name, type, size, SHA-256), by evidence id. */
async function fileDescriptions(
  ctx: AppContext,
  scope: OrganisationScope,
  assessmentId: string,
  respondentId: string,
): Promise<Map<string, ResponseEvidence['files'][number]>> {
  const items = await repositories.listEvidenceItems(ctx.database.db, scope, assessmentId, {
    respondentId,
  });
  return new Map(
    items.flatMap((item) =>
      item.kind === 'file' && item.file
        ? [
            [
              item.id,
              {
                id: item.id,
                name: item.body,
                ...item.file,
                createdAt: item.createdAt.toISOString(),
              },
            ],
          ]
        : [],
    ),
  );
}
