import {
  characteristicResults,
  rollUpModel,
  talliesFromCounts,
  usesConsensus,
  usesInvitations,
  type ModelRollups,
  type ScoredCycle,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import type { AssessmentReader } from './load-assessment-data.js';
import { modelOf } from './model-of.js';

// What the cycle use cases share: an organisation's assessments as cycles, scored with the rules of
// their results page (the characteristics' results and roll-ups, no more), from the ratings as the
// database counts them.

/** An assessment scored as a cycle, with its record, its roll-ups and its number of respondents. */
export interface LoadedCycle extends ScoredCycle {
  record: repositories.CycleAssessmentRecord;
  rollups: ModelRollups;
  /** The respondents its results count. */
  respondents: number;
}

/** An assessment record as the core's cycle rules order them (before it is scored). */
export interface CycleCandidate {
  assessmentId: string;
  date: string;
  status: 'draft' | 'submitted';
  record: repositories.CycleAssessmentRecord;
}

/** Every assessment of the organisation (drafts too) as a cycle candidate, oldest first. */
export async function cycleCandidates(
  ctx: AppContext,
  reader: AssessmentReader,
): Promise<CycleCandidate[]> {
  const records = await repositories.listCycleAssessments(ctx.database.db, reader.scope, {
    includeDrafts: true,
  });
  return records.map((record) => ({
    assessmentId: record.id,
    date: record.assessedOn,
    status: record.status,
    record,
  }));
}

/**
 * Scores assessments of the organisation as cycles, in the order given: per characteristic the
 * results its results page shows (the same core rules, from the ratings counted by the database:
 * where stakeholders were invited, those who answered nothing are not counted, as on the results
 * page; a facilitated workshop's consensus is the official result), and the roll-ups. 400
 * `unknown-model` when an assessment's model is not installed on this server.
 */
export async function scoreCycles(
  ctx: AppContext,
  reader: AssessmentReader,
  records: readonly repositories.CycleAssessmentRecord[],
): Promise<LoadedCycle[]> {
  const db = ctx.database.db;
  const models = records.map((record) => modelOf(ctx, record.modelId));
  const [counts, consensus] = await Promise.all([
    repositories.countCycleRatings(
      db,
      reader.scope,
      records.map((r) => r.id),
    ),
    Promise.all(
      records.map(async (record) =>
        usesConsensus(record.method)
          ? await repositories.listConsensusItems(db, reader.scope, record.id)
          : undefined,
      ),
    ),
  ]);
  return records.map((record, i) => {
    const model = models[i] ?? modelOf(ctx, record.modelId);
    const counted = counts.get(record.id);
    const respondents = counted
      ? counted.respondents - (usesInvitations(record.method) ? counted.silentRespondents : 0)
      : 0;
    const items = consensus[i];
    const characteristics = characteristicResults(
      model,
      talliesFromCounts(model, respondents, counted?.characteristics ?? {}),
      items && Object.fromEntries(items.map((c) => [c.characteristicId, c])),
    );
    return {
      assessmentId: record.id,
      date: record.assessedOn,
      status: record.status,
      model,
      modelVersion: record.modelVersion,
      characteristics,
      record,
      rollups: rollUpModel(model, characteristics),
      respondents,
    };
  });
}
