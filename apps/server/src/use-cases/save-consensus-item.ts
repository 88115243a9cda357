import { versionConflict } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { notifyWorkshopChange } from '../live/notify-live.js';
import { modelOf } from './model-of.js';
import {
  consensusConflict,
  lockRunningWorkshop,
  presentConsensusItem,
  type ConsensusItemView,
} from './workshop-support.js';

/** What the workshop agreed for a characteristic. */
export interface ConsensusInput {
  current: number | 'unknown';
  target: number | 'unknown';
  rationale: string;
  dissent: string;
}

/**
 * The version an edit starts from: `ifMatch` for an existing item (the version the editor saw);
 * none (or `ifNoneMatch`) to create an item nobody has recorded yet.
 */
export interface EditPrecondition {
  ifMatch?: number | undefined;
  ifNoneMatch?: boolean | undefined;
}

/**
 * Records the consensus of one characteristic (a facilitated workshop's revealed draft): the agreed
 * current and two-year levels, the rationale and any dissent. Optimistic concurrency: the edit
 * applies only when it starts from the stored version (core `versionConflict`); otherwise nothing
 * is written and a 412 carries the stored item, so that the editor can compare it with theirs.
 * Recorded in the hash chain as `consensus.save` with the values (replayable) and announced live.
 */
export async function saveConsensusItem(
  ctx: AppContext,
  access: Pick<OrganisationAccess, 'auth' | 'scope'>,
  assessmentId: string,
  characteristicId: string,
  input: ConsensusInput,
  precondition: EditPrecondition,
  ip: string,
): Promise<{ item: ConsensusItemView; created: boolean }> {
  const created = await ctx.database.db.transaction(async (tx) => {
    const assessment = await lockRunningWorkshop(tx, access.scope, assessmentId);
    if (!modelOf(ctx, assessment.modelId).characteristicById.has(characteristicId))
      throw new HttpError(404, 'unknown-characteristic');
    const stored = await repositories.getConsensusItem(
      tx,
      access.scope,
      assessmentId,
      characteristicId,
    );
    if (
      (precondition.ifNoneMatch === true && stored !== undefined) ||
      versionConflict(precondition.ifMatch ?? 0, stored?.version ?? null)
    )
      throw consensusConflict(stored);
    const version = (stored?.version ?? 0) + 1;
    await repositories.writeConsensusItem(tx, access.scope, assessmentId, characteristicId, {
      ...input,
      version,
      updatedBy: access.auth.user.id,
    });
    const seq = await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'consensus.save',
      details: { characteristicId, ...input, version },
      ip,
    });
    await notifyWorkshopChange(tx, assessmentId, {
      version: seq,
      change: 'consensus',
      characteristicId,
    });
    return stored === undefined;
  });
  const item = await repositories.getConsensusItem(
    ctx.database.db,
    access.scope,
    assessmentId,
    characteristicId,
  );
  if (!item) throw notFound();
  return { item: presentConsensusItem(item), created };
}
