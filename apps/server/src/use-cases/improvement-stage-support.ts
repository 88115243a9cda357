import {
  improvementCycle,
  type FeatureSummaries,
  type ImprovementStage,
  type ImprovementStageRecord,
  type PlatformFeatureId,
} from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import type { ModelIndex } from '@citymaturity/model';
import { HttpError } from '../http/http-error.js';

// What the improvement-tracker use cases share: the stored stages as the core reads them, one
// stage as the API shows it, the conflict of a stale edit.

/** A stored stage as the core's improvement cycle reads it. */
function recordOf(row: repositories.ImprovementStageRecord): ImprovementStageRecord {
  return {
    status: row.status,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy:
      row.updatedBy === null ? null : { id: row.updatedBy, displayName: row.updatedByName ?? '' },
  };
}

/** The stored stages by stage id. */
export function stageRecords(
  rows: readonly repositories.ImprovementStageRecord[],
): Record<string, ImprovementStageRecord> {
  return Object.fromEntries(rows.map((row) => [row.stageId, recordOf(row)]));
}

/** The stages of an assessment's improvement cycle with what the model offers at each, and the links to fill in. */
export function presentStages(
  model: ModelIndex,
  rows: readonly repositories.ImprovementStageRecord[],
  ids: { organisationId: string; assessmentId: string },
  summaries: FeatureSummaries = {},
  unavailable: readonly PlatformFeatureId[] = [],
): ImprovementStage[] {
  return improvementCycle(model, stageRecords(rows), summaries, unavailable).map((stage) => ({
    ...stage,
    features: stage.features.map((feature) => ({
      ...feature,
      path: feature.path
        .replace('{organisationId}', ids.organisationId)
        .replace('{assessmentId}', ids.assessmentId)
        .replace('{modelId}', model.pack.meta.id),
    })),
  }));
}

/** One stage of the cycle as the API shows it (after a save, or in a conflict). */
export function presentStage(
  model: ModelIndex,
  stageId: string,
  row: repositories.ImprovementStageRecord | undefined,
  ids: { organisationId: string; assessmentId: string },
): ImprovementStage {
  const stage = presentStages(model, row ? [row] : [], ids).find((s) => s.id === stageId);
  if (!stage) throw new HttpError(404, 'unknown-improvement-stage');
  return stage;
}

/** The strong ETag of a stage's version. */
export const stageTag = (version: number) => `"${String(version)}"`;

/** The version an `If-Match` header names (validated at the boundary as `"<digits>"`, weak or not). */
export function stageVersionOfTag(tag: string): number {
  return Number(tag.replace(/^W\//, '').replaceAll('"', ''));
}
