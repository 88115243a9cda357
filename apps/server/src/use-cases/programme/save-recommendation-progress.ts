import { componentOfRecommendation, type RecommendationStatus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgrammeChange, fieldError, utcToday } from './components-support.js';
import {
  presentRecommendationProgress,
  recommendationConflict,
  type RecommendationProgressView,
} from './recommendations-support.js';

/** What the tracker records of a recommendation (the whole of it: fields replace the stored ones). */
export interface RecommendationProgressInput {
  status: RecommendationStatus;
  owner: string;
  dueOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
}

/**
 * Records the progress of a recommendation of the pack (400 naming `params.recommendationId` for
 * an unknown one). Optimistic like the consensus: `expectedVersion` 0 (no If-Match) records one
 * never recorded, else the version seen; when it changed since, nothing is written and a 412
 * carries the stored progress. Audited as `programme.recommendation.save`.
 */
export async function saveRecommendationProgress(
  ctx: AppContext,
  caller: ScopedCaller,
  recommendationId: string,
  input: RecommendationProgressInput,
  expectedVersion: number,
  ip: string,
): Promise<{ progress: RecommendationProgressView; created: boolean }> {
  const componentCode = componentOfRecommendation(ctx.operatingModel, recommendationId);
  if (componentCode === undefined)
    throw fieldError('unknown-recommendation', 'params.recommendationId', recommendationId);
  const today = utcToday();
  return ctx.database.db.transaction(async (tx) => {
    const result = await repositories.saveRecommendationProgress(
      tx,
      caller.scope,
      recommendationId,
      expectedVersion,
      { ...input, componentCode, updatedBy: caller.auth.user.id },
    );
    if ('conflict' in result)
      throw recommendationConflict(recommendationId, componentCode, result.conflict, today);
    await auditProgrammeChange(tx, caller, ip, 'programme.recommendation.save', {
      targetType: 'recommendation',
      targetId: recommendationId,
      details: { componentCode, ...input, version: result.saved.version },
    });
    return {
      progress: presentRecommendationProgress(recommendationId, componentCode, result.saved, today),
      created: expectedVersion === 0,
    };
  });
}
