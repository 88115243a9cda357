import { repositories } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import type { AssessmentReader } from './load-assessment-data.js';
import { modelOf } from './model-of.js';
import {
  presentConsensusItem,
  workshopAssessment,
  type ConsensusItemView,
} from './workshop-support.js';

/** One consensus item of a facilitated workshop, with its version (404 when nobody recorded it yet). */
export async function getConsensusItem(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
  characteristicId: string,
): Promise<ConsensusItemView> {
  const db = ctx.database.db;
  const assessment = await workshopAssessment(db, reader.scope, assessmentId);
  if (!modelOf(ctx, assessment.modelId).characteristicById.has(characteristicId))
    throw new HttpError(404, 'unknown-characteristic');
  const item = await repositories.getConsensusItem(
    db,
    reader.scope,
    assessmentId,
    characteristicId,
  );
  if (!item) throw notFound();
  return presentConsensusItem(item);
}
