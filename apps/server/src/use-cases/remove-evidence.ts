import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import {
  evidenceEventDetails,
  evidenceRefusal,
  evidenceRefusalError,
  type EvidenceActor,
} from './evidence-access.js';

/**
 * Removes an evidence item of an assessment (a file goes with its content), in one transaction:
 * the assessment is locked and the rules checked — whoever added the item, or whoever may add
 * evidence there, while the assessment is a draft (and, for blind rating, before the reveal; for
 * an invited stakeholder, only on their own rating with a valid link) — and the hash chain records
 * `evidence.remove` with what was removed. 404 when the item is not one of this assessment's.
 */
export async function removeEvidence(
  ctx: AppContext,
  scope: OrganisationScope,
  assessmentId: string,
  evidenceId: string,
  actor: EvidenceActor,
  ip: string | null,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const locked = await repositories.lockEvidenceTarget(tx, scope, {
      assessmentId,
      invitationId: 'invitationId' in actor ? actor.invitationId : null,
    });
    if (!locked) throw notFound();
    const record = await repositories.findEvidenceItem(tx, scope, assessmentId, evidenceId);
    if (!record) throw notFound();
    const respondent = record.respondent
      ? { id: record.respondent.id, userId: record.respondent.userId }
      : null;
    const isOwner = 'userId' in actor && record.createdBy?.id === actor.userId;
    const refusal = evidenceRefusal(locked, respondent, actor, { isOwner });
    if (refusal) {
      // An invited stakeholder does not learn that other respondents' evidence exists.
      if ('invitationId' in actor && refusal === 'not-allowed') throw notFound();
      throw evidenceRefusalError(refusal, { assessmentId, respondentId: respondent?.id ?? null });
    }
    await repositories.deleteEvidence(tx, scope, evidenceId);
    await repositories.appendAssessmentEvent(tx, scope, assessmentId, {
      actorUserId: 'userId' in actor ? actor.userId : null,
      action: 'evidence.remove',
      targetType: 'evidence',
      targetId: evidenceId,
      details: evidenceEventDetails(record, actor),
      ip,
    });
  });
}
