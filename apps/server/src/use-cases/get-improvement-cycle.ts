import {
  featureSummaries,
  planRealisation,
  previousCycleOf,
  strengthsAndWeaknesses,
  usesConsensus,
  type PlanRealisation,
  type PlatformFeatureId,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { EvidenceMethodId } from '@citymaturity/model';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { cycleCandidates, scoreCycles } from './cycles-support.js';
import { presentStages } from './improvement-stage-support.js';
import { loadAssessmentData, type AssessmentReader } from './load-assessment-data.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

/**
 * The five-stage improvement cycle of one assessment (a cycle of the city): per stage of the model
 * pack its status, notes, version and who changed it last, how the model helps at it, and the
 * platform features that serve it with what they show for this assessment (its results, priorities
 * and their guidance, the plan realisation against the previous cycle, the number of cycles).
 */
export async function getImprovementCycle(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
) {
  const candidates = await cycleCandidates(ctx, reader);
  const self = candidates.find((c) => c.assessmentId === assessmentId);
  if (!self) throw notFound();
  const before = previousCycleOf(candidates, assessmentId);
  // This assessment in full (its priorities and their guidance), the previous cycle's levels only.
  const [data, previousCycle, rows] = await Promise.all([
    loadAssessmentData(ctx, reader, assessmentId),
    before && ctx.models.has(before.record.modelId)
      ? scoreCycles(ctx, reader, [before.record])
      : undefined,
    repositories.listImprovementStages(ctx.database.db, reader.scope, assessmentId),
  ]);
  const score = scoreLoadedAssessment(ctx, data);
  const previous = previousCycle?.[0];
  const realisation: PlanRealisation | null = previous
    ? planRealisation(previous, {
        assessmentId,
        date: self.date,
        status: self.status,
        model: data.model,
        modelVersion: self.record.modelVersion,
        characteristics: score.characteristics,
      })
    : null;
  const summaries = featureSummaries({
    model: data.model,
    overall: score.overall,
    standouts: strengthsAndWeaknesses(data.model, score.characteristics),
    priorities: score.priorities,
    planRealisation: realisation,
    cycles: candidates.filter((c) => c.status === 'submitted').length,
  });
  const unavailable: PlatformFeatureId[] = [
    ...(usesConsensus(self.record.method) ? [] : (['workshop'] as const)),
    ...(realisation ? [] : (['plan-realisation'] as const)),
  ];
  return {
    assessment: {
      id: self.record.id,
      title: self.record.title,
      date: self.record.assessedOn,
      status: self.record.status,
      method: self.record.method as EvidenceMethodId,
    },
    stages: presentStages(
      data.model,
      rows,
      { organisationId: reader.scope.organisationId, assessmentId },
      summaries,
      unavailable,
    ),
  };
}
