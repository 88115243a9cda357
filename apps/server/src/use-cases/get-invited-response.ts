import { responseProgress, stakeholderAnswerRefusal, type StoredRating } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { InvitationLinkAccess } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { findStakeholderGroup } from './stakeholder-support.js';

type RatingView = StoredRating & {
  evidence: {
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
  };
  updatedAt: string | null;
};

/**
 * What an invited stakeholder sees through their link: the assessment (title, organisation, model,
 * method, state), their own name and group, their own answers and evidence, and their progress;
 * nobody else's answers (rating is blind until the results are revealed).
 */
export async function getInvitedResponse(ctx: AppContext, link: InvitationLinkAccess) {
  const db = ctx.database.db;
  const [assessment, organisation, respondent] = await Promise.all([
    repositories.getAssessment(db, link.scope, link.assessmentId),
    repositories.getOrganisation(db, link.scope),
    repositories.getRespondent(db, link.scope, link.assessmentId, link.respondentId),
  ]);
  if (!assessment || !organisation || !respondent) throw new HttpError(404, 'invitation-not-found');
  const [{ ratings }, evidence] = await Promise.all([
    repositories.getResponse(db, link.scope, link.respondentId),
    repositories.listEvidenceItems(db, link.scope, link.assessmentId, {
      respondentId: link.respondentId,
    }),
  ]);
  // The same shape as a member's view of a response (use-cases/get-response.ts).
  const byCharacteristic: Record<string, RatingView> = {};
  const entryOf = (characteristicId: string): RatingView =>
    (byCharacteristic[characteristicId] ??= {
      current: null,
      target: null,
      evidence: { text: null, links: [], files: [] },
      updatedAt: null,
    });
  for (const r of ratings)
    Object.assign(entryOf(r.characteristicId), {
      current: r.current,
      target: r.target,
      updatedAt: r.updatedAt.toISOString(),
    });
  for (const e of evidence) {
    const entry = entryOf(e.characteristicId);
    if (e.kind === 'text')
      entry.evidence.text =
        entry.evidence.text === null ? e.body : `${entry.evidence.text}\n${e.body}`;
    else if (e.kind === 'link') entry.evidence.links.push(e.body);
    else if (e.file)
      entry.evidence.files.push({
        id: e.id,
        name: e.body,
        ...e.file,
        createdAt: e.createdAt.toISOString(),
      });
  }
  const group = respondent.stakeholderGroup
    ? ((await findStakeholderGroup(db, link.scope, respondent.stakeholderGroup, {
        lock: false,
      })) ?? {
        key: respondent.stakeholderGroup,
        name: { zh: respondent.stakeholderGroup, en: respondent.stakeholderGroup },
      })
    : null;
  const refusal = stakeholderAnswerRefusal(assessment, link, new Date());
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      organisation: { nameZh: organisation.nameZh, nameEn: organisation.nameEn },
      modelId: assessment.modelId,
      modelVersion: assessment.modelVersion,
      method: assessment.method as 'multi-stakeholder',
      status: assessment.status,
      revealed: assessment.revealedAt !== null,
      revealedAt: assessment.revealedAt?.toISOString() ?? null,
    },
    respondent: {
      name: respondent.name,
      group,
      completedAt: respondent.completedAt?.toISOString() ?? null,
    },
    expiresAt: link.expiresAt.toISOString(),
    editable: refusal === null,
    closedBecause: refusal === 'not-draft' || refusal === 'revealed' ? refusal : null,
    progress: responseProgress(modelOf(ctx, assessment.modelId), byCharacteristic),
    ratings: byCharacteristic,
  };
}
