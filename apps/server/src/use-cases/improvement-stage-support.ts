import {
  improvementCycle,
  type FeatureSummaries,
  type ImprovementStage,
  type ImprovementStageRecord,
  type PlatformFeatureId,
} from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import type { ModelIndex } from '@citymaturity/model';

// What the improvement-tracker use cases share: the stored stages as the core reads them, the
// stages as the API shows them, the ETag of a stage's version.

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

/** The strong ETag of a stage's version. */
export const stageTag = (version: number) => `"${String(version)}"`;

/** The version an `If-Match` header names (validated at the boundary as `"<digits>"`, weak or not). */
export function stageVersionOfTag(tag: string): number {
  return Number(tag.replace(/^W\//, '').replaceAll('"', ''));
}
