import { scoreAssessment, usesConsensus } from '@citymaturity/core';
import type { AppContext } from '../context.js';
import type { loadAssessmentData } from './load-assessment-data.js';

/**
 * Scores a loaded assessment with the core's rules (results page, report, exports): stakeholder
 * groups smaller than the assessment's minimum group size are left out by the core. In a
 * facilitated workshop the consensus is the official result (the ratings are its evidence).
 */
export function scoreLoadedAssessment(
  ctx: AppContext,
  data: Awaited<ReturnType<typeof loadAssessmentData>>,
) {
  return scoreAssessment(
    {
      respondents: data.scorable,
      model: data.assessment.modelId,
      method: data.assessment.method,
      date: data.assessment.assessedOn,
      ...(usesConsensus(data.assessment.method)
        ? { consensus: Object.fromEntries(data.consensus.map((c) => [c.characteristicId, c])) }
        : {}),
    },
    data.model,
    { operatingModel: ctx.operatingModel, minGroupSize: data.assessment.minGroupSize },
  );
}
