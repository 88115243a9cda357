import { isImprovementStage, versionConflict, type ImprovementStage } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { getImprovementCycle } from './get-improvement-cycle.js';
import { modelOf } from './model-of.js';

/** What is recorded about a stage. */
export interface StageInput {
  status: 'not-started' | 'in-progress' | 'done';
  notes: string;
}

/**
 * Records where the city is in one stage of the improvement cycle of an assessment (draft or
 * submitted: the tracker runs after the baseline). Optimistic concurrency like the consensus: the
 * change applies only when it starts from the stored version (`ifMatch`, 0 for a stage never
 * saved); otherwise nothing is written and a 412 carries the stored stage. Recorded in the
 * assessment's hash chain as `improvement-stage.save`, which the replay of answers ignores and the
 * snapshot of a submitted assessment does not cover, so its verification stays intact. The stage
 * comes back (saved, or stored in the 412) as the improvement cycle's GET shows it, with the
 * summaries of its features: one presenter for both.
 */
export async function saveImprovementStage(
  ctx: AppContext,
  caller: ScopedCaller,
  assessmentId: string,
  stageId: string,
  input: StageInput,
  ifMatch: number,
  ip: string,
): Promise<ImprovementStage> {
  const conflict = await ctx.database.db.transaction(async (tx) => {
    // Changes of one assessment's stages are made one after the other: the version check holds.
    const assessment = await repositories.lockAssessment(tx, caller.scope, assessmentId);
    if (!assessment) throw notFound();
    if (!isImprovementStage(modelOf(ctx, assessment.modelId), stageId))
      throw new HttpError(404, 'unknown-improvement-stage');
    const stored = await repositories.getImprovementStage(tx, caller.scope, assessmentId, stageId);
    if (versionConflict(ifMatch, stored?.version ?? null)) return true;
    const version = (stored?.version ?? 0) + 1;
    await repositories.writeImprovementStage(tx, caller.scope, assessmentId, stageId, {
      ...input,
      version,
      updatedBy: caller.auth.user.id,
    });
    await repositories.appendAssessmentEvent(tx, caller.scope, assessmentId, {
      actorUserId: caller.auth.user.id,
      action: 'improvement-stage.save',
      targetType: 'improvement-stage',
      targetId: stageId,
      details: { stageId, ...input, version },
      ip,
    });
    return false;
  });
  // Read after the transaction: the stage as stored now, presented as the cycle's GET presents it.
  const cycle = await getImprovementCycle(ctx, caller, assessmentId);
  const stage = cycle.stages.find((s) => s.id === stageId);
  if (!stage) throw new HttpError(404, 'unknown-improvement-stage');
  if (conflict) throw new HttpError(412, 'improvement-stage-conflict', { current: stage });
  return stage;
}
