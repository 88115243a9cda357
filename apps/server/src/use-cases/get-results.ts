import { scoreAssessment, strengthsAndWeaknesses } from '@citymaturity/core';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { presentAssessment } from '../http/presenters.js';
import { loadAssessmentData } from './load-assessment-data.js';

/**
 * The results of an assessment: the core's statistics, roll-ups, divergence, agreement and
 * priorities with their guidance, plus strengths and weaknesses. Stakeholder groups with fewer
 * than 3 respondents are not shown on their own.
 */
export async function getResults(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
) {
  const data = await loadAssessmentData(ctx, access, assessmentId);
  const score = scoreAssessment(
    {
      respondents: data.scorable,
      model: data.assessment.modelId,
      method: data.assessment.method,
      date: data.assessment.assessedOn,
    },
    data.model,
    { operatingModel: ctx.operatingModel, minGroupSize: 3 },
  );
  const total = data.model.characteristics.length;
  const answered = data.respondents.reduce((sum, r) => sum + r.answered, 0);
  return {
    assessment: presentAssessment(data.assessment, {
      answered,
      total: total * data.respondents.length,
    }),
    score,
    ...strengthsAndWeaknesses(data.model, score.characteristics),
  };
}
