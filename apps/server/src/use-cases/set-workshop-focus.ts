import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { notifyWorkshopChange } from '../live/notify-live.js';
import { modelOf } from './model-of.js';
import { lockRunningWorkshop } from './workshop-support.js';

/**
 * Moves the workshop to a characteristic (or ends the focus with null): recorded in the
 * assessment's hash chain, and announced to every follower, in whichever server process, when the
 * transaction commits. Moving to where it already is changes nothing.
 */
export async function setWorkshopFocus(
  ctx: AppContext,
  access: Pick<OrganisationAccess, 'auth' | 'scope'>,
  assessmentId: string,
  characteristicId: string | null,
  ip: string,
): Promise<{ focus: string | null; version: number }> {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await lockRunningWorkshop(tx, access.scope, assessmentId);
    if (
      characteristicId !== null &&
      !modelOf(ctx, assessment.modelId).characteristicById.has(characteristicId)
    ) {
      throw new HttpError(400, 'unknown-characteristic', {
        issues: [{ path: 'body.characteristicId', message: characteristicId }],
      });
    }
    if (assessment.workshopCharacteristicId === characteristicId)
      return { focus: characteristicId, version: assessment.chainSeq };
    await repositories.setWorkshopFocus(tx, access.scope, assessmentId, characteristicId);
    const version = await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'workshop.focus',
      details: { characteristicId },
      ip,
    });
    await notifyWorkshopChange(tx, assessmentId, { version, change: 'focus', characteristicId });
    return { focus: characteristicId, version };
  });
}
