import { evidenceMethodBadge, strengthsAndWeaknesses } from '@citymaturity/core';
import type { AppContext } from '../context.js';
import { presentAssessment } from '../http/presenters.js';
import { loadAssessmentData, type AssessmentReader } from './load-assessment-data.js';
import { auditOfResults } from './results-audit.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

/**
 * The results of an assessment: the core's statistics, roll-ups, divergence, agreement and
 * priorities with their guidance, plus strengths and weaknesses. Stakeholder groups with fewer
 * respondents than the assessment's minimum group size (3 unless changed) are not shown on their
 * own: the core leaves their statistics out, so they never leave the server.
 */
export async function getResults(ctx: AppContext, access: AssessmentReader, assessmentId: string) {
  const [data, audit] = await Promise.all([
    loadAssessmentData(ctx, access, assessmentId),
    auditOfResults(ctx.database.db, access.scope, assessmentId),
  ]);
  const score = scoreLoadedAssessment(ctx, data);
  const total = data.model.characteristics.length;
  const answered = data.respondents.reduce((sum, r) => sum + r.answered, 0);
  return {
    assessment: presentAssessment(data.assessment, {
      answered,
      total: total * data.respondents.length,
    }),
    score,
    ...strengthsAndWeaknesses(data.model, score.characteristics),
    // The confidence badge (ISO/TS 37107 5.1): external audit (rank 5) once an audit statement
    // is issued on the assessment.
    evidenceMethod: evidenceMethodBadge(data.model, {
      method: data.assessment.method,
      audited: audit?.status === 'issued',
    }),
    ...(audit ? { audit } : {}),
  };
}
