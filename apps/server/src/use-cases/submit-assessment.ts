import {
  consensusProgress,
  submitRefusal,
  usesConsensus,
  type SubmitRefusal,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import type { ErrorCode } from '../http/messages.js';
import { notifyWorkshopChange } from '../live/notify-live.js';
import { takeSnapshot } from './assessment-snapshot.js';
import { getAssessment } from './get-assessment.js';
import { modelOf } from './model-of.js';

/** The error of each reason the core's submit rule gives. */
function submitRefusalErrors(refusal: SubmitRefusal, workshop: boolean): [409, ErrorCode] {
  const codes: Record<SubmitRefusal, ErrorCode> = {
    'not-draft': 'assessment-not-draft',
    incomplete: 'assessment-incomplete',
    'consensus-incomplete': 'consensus-incomplete',
    'not-revealed': workshop ? 'workshop-not-revealed' : 'submit-not-revealed',
    'no-answers': 'submit-no-answers',
  };
  return [409, codes[refusal]];
}

/** Submits a complete draft assessment: its answers are final from now on. */
export async function submitAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  ip: string,
) {
  await ctx.database.db.transaction(async (tx) => {
    const row = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!row) throw notFound();
    const model = modelOf(ctx, row.modelId);
    const total = model.characteristics.length;
    const respondents = await repositories.listRespondents(tx, access.scope, assessmentId);
    // A facilitated workshop's result is its consensus: every characteristic must be agreed.
    const consensus = usesConsensus(row.method)
      ? consensusProgress(
          model,
          Object.fromEntries(
            (await repositories.listConsensusItems(tx, access.scope, assessmentId)).map((c) => [
              c.characteristicId,
              c,
            ]),
          ),
        )
      : undefined;
    const refusal = submitRefusal({
      method: row.method,
      status: row.status,
      revealedAt: row.revealedAt,
      responses: respondents.map((r) => ({ answered: r.answered, total })),
      consensus: consensus && { answered: consensus.agreed, total: consensus.total },
    });
    if (refusal) {
      const [status, code] = submitRefusalErrors(refusal, consensus !== undefined);
      throw new HttpError(status, code);
    }
    await repositories.markSubmitted(tx, access.scope, assessmentId, access.auth.user.id);
    // Frozen as a snapshot; the chain records its digest (what verification checks it against).
    const snapshot = await takeSnapshot(tx, access.scope, assessmentId, access.auth.user.id);
    const seq = await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'assessment.submit',
      ip,
      details: { digest: snapshot.digest },
    });
    // The workshop ends: its followers see the submitted (final) result.
    if (consensus) await notifyWorkshopChange(tx, assessmentId, { version: seq, change: 'submit' });
  });
  return getAssessment(ctx, access, assessmentId);
}
