import { resultsOpenData, type ResultsDocument } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { loadAssessmentData } from './load-assessment-data.js';
import { auditOfResults } from './results-audit.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

/**
 * An assessment's results as open data (`citymaturity/results@1`, for the JSON and CSV
 * downloads): the official levels and statistics per characteristic and every roll-up, with the
 * city and the assessment, and whether an audit statement was issued. Stakeholder groups and
 * individual answers are not part of it. The download is recorded in the audit log.
 */
export async function exportResultsOpenData(
  ctx: AppContext,
  access: ScopedCaller,
  assessmentId: string,
  ip: string,
): Promise<ResultsDocument> {
  const [data, audit] = await Promise.all([
    loadAssessmentData(ctx, access, assessmentId),
    auditOfResults(ctx.database.db, access.scope, assessmentId),
  ]);
  const score = scoreLoadedAssessment(ctx, data);
  const { assessment, organisation } = data;
  const document = resultsOpenData(data.model, score, {
    city: {
      name: organisation.nameZh,
      name_en: organisation.nameEn,
      country: organisation.country,
      region: organisation.region,
      kind: organisation.kind,
    },
    assessment: {
      id: assessment.id,
      title: assessment.title,
      method: assessment.method,
      date: assessment.assessedOn,
      status: assessment.status,
      submitted_at: assessment.submittedAt?.toISOString() ?? null,
      respondents: score.respondents.total,
      audited: audit?.status === 'issued',
    },
    generatedAt: new Date().toISOString(),
  });
  await repositories.appendAudit(ctx.database.db, {
    actorUserId: access.auth.user.id,
    organisationId: access.scope.organisationId,
    action: 'results.export',
    targetType: 'assessment',
    targetId: assessmentId,
    outcome: 'success',
    ip,
  });
  return document;
}
