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

/**
 * Reopens a characteristic for discussion: its consensus item loses its levels, rationale and
 * dissent but keeps its row and a new version (so that an old ETag can never match a later item).
 * Like an edit, it must start from the stored version (`ifMatch`), else 412 with the stored item.
 * Recorded in the hash chain as `consensus.save` with empty levels (replay then finds no consensus)
 * and announced live. Reopening an item that is already open changes nothing.
 */
export async function reopenConsensusItem(
  ctx: AppContext,
  access: Pick<OrganisationAccess, 'auth' | 'scope'>,
  assessmentId: string,
  characteristicId: string,
  ifMatch: number,
  ip: string,
): Promise<ConsensusItemView> {
  await ctx.database.db.transaction(async (tx) => {
    const assessment = await lockRunningWorkshop(tx, access.scope, assessmentId);
    if (!modelOf(ctx, assessment.modelId).characteristicById.has(characteristicId))
      throw new HttpError(404, 'unknown-characteristic');
    const stored = await repositories.getConsensusItem(
      tx,
      access.scope,
      assessmentId,
      characteristicId,
    );
    if (!stored || stored.version !== ifMatch) throw consensusConflict(stored);
    if (stored.current === null && stored.target === null) return;
    const version = stored.version + 1;
    const reopened = { current: null, target: null, rationale: '', dissent: '' };
    await repositories.writeConsensusItem(tx, access.scope, assessmentId, characteristicId, {
      ...reopened,
      version,
      updatedBy: access.auth.user.id,
    });
    const seq = await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'consensus.save',
      details: { characteristicId, ...reopened, version, reopened: true },
      ip,
    });
    await notifyWorkshopChange(tx, assessmentId, {
      version: seq,
      change: 'consensus',
      characteristicId,
    });
  });
  const item = await repositories.getConsensusItem(
    ctx.database.db,
    access.scope,
    assessmentId,
    characteristicId,
  );
  if (!item) throw notFound();
  return presentConsensusItem(item);
}
