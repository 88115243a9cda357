import { repositories } from '@citymaturity/db';
import type { AssessmentCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { renderReportPdf } from '../report/render-report-pdf.js';
import { loadAssessmentData } from './load-assessment-data.js';
import { programmeReviewsForReport } from './programme/reviews-report-data.js';
import { programmeRoadmapForReport } from './programme/roadmap-report-data.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

/** The assessment's report as a PDF, in Chinese or English, rendered on the server (no browser needed). */
export async function makeReportPdf(
  ctx: AppContext,
  access: AssessmentCaller,
  assessmentId: string,
  lang: 'zh' | 'en',
  ip: string,
) {
  const data = await loadAssessmentData(ctx, access, assessmentId);
  const score = scoreLoadedAssessment(ctx, data);
  const pdf = await renderReportPdf({
    organisation: {
      nameZh: data.organisation.nameZh,
      nameEn: data.organisation.nameEn,
      country: data.organisation.country,
      region: data.organisation.region,
    },
    assessment: {
      title: data.assessment.title,
      date: data.assessment.assessedOn,
      method: data.assessment.method,
      status: data.assessment.status,
      submittedAt: data.assessment.submittedAt?.toISOString() ?? null,
    },
    score,
    model: data.model,
    operatingModel: ctx.operatingModel,
    lang,
    generatedAt: new Date(),
    programmeReviews: await programmeReviewsForReport(ctx, access),
    programmeRoadmap: await programmeRoadmapForReport(ctx, access, {
      date: data.assessment.assessedOn,
      score,
    }),
  });
  await repositories.appendAudit(ctx.database.db, {
    actorUserId: access.auth.user.id,
    organisationId: access.scope.organisationId,
    action: 'report.download',
    targetType: 'assessment',
    targetId: assessmentId,
    outcome: 'success',
    ip,
    details: { lang },
  });
  return { pdf, date: data.assessment.assessedOn };
}
