import { isRecommendationOverdue, type RecommendationStatus } from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import { HttpError } from '../../http/http-error.js';
import { presentUpdatedBy } from './components-support.js';

// What the component tracker's use cases share: a recommendation's progress as the API shows it.

/**
 * The progress of a recommendation as the API shows it; a recommendation never recorded is not
 * started, with version 0.
 * @param today `YYYY-MM-DD`, for `overdue`
 */
export function presentRecommendationProgress(
  recommendationId: string,
  componentCode: string,
  row: repositories.RecommendationProgressRecord | undefined,
  today: string,
) {
  const status: RecommendationStatus = row?.status ?? 'not-started';
  const dueOn = row?.dueOn ?? null;
  return {
    recommendationId,
    componentCode,
    status,
    owner: row?.owner ?? '',
    dueOn,
    evidence: row?.evidence ?? '',
    evidenceUrl: row?.evidenceUrl ?? null,
    overdue: isRecommendationOverdue({ status, dueOn }, today),
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedBy: row ? presentUpdatedBy(row) : null,
  };
}

export type RecommendationProgressView = ReturnType<typeof presentRecommendationProgress>;

/** 412 with the recommendation's progress as stored now. */
export function recommendationConflict(
  recommendationId: string,
  componentCode: string,
  stored: repositories.RecommendationProgressRecord | undefined,
  today: string,
): HttpError {
  return new HttpError(412, 'recommendation-conflict', {
    current: presentRecommendationProgress(recommendationId, componentCode, stored, today),
  });
}
