import {
  officialLevels,
  shareRefusal,
  type ConsortiumSharing,
  type ShareableAssessment,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { auditBenchmarking, membershipOr404 } from './benchmarking-support.js';
import { loadAssessmentData } from './load-assessment-data.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

/** 409 when the consent does not cover the assessment (or it is not submitted). */
function refuseIfNotEligible(sharing: ConsortiumSharing, assessment: ShareableAssessment) {
  const refusal = shareRefusal(sharing, assessment);
  if (refusal === 'not-submitted') throw new HttpError(409, 'share-not-submitted');
  if (refusal) throw new HttpError(409, 'share-not-eligible', { sharing });
}

/**
 * Shares a submitted assessment of the city with a consortium it is a member of (organisation
 * administrators), if its consent covers it (consensus of a facilitated workshop, or an issued
 * audit statement; only the latter when it shares audited results only). The official levels of
 * every characteristic (the consensus, or the medians; as the results page shows them) are copied
 * and frozen; sharing it again refreshes the copy (and its audited flag).
 */
export async function shareAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  assessmentId: string,
  ip: string,
) {
  const db = ctx.database.db;
  const member = await membershipOr404(db, access.scope, consortiumId);
  const submitted = await repositories.getAssessmentForSharing(db, access.scope, assessmentId);
  if (!submitted) throw notFound();
  refuseIfNotEligible(member.membership.sharing, submitted);
  // A submitted assessment never changes: its levels can be read before the transaction (which
  // then needs no concurrent reads on its one connection).
  const data = await loadAssessmentData(ctx, access, assessmentId);
  const score = scoreLoadedAssessment(ctx, data);
  const levels = Object.fromEntries(
    data.model.characteristics.map((c) => {
      const { current, target } = officialLevels(score.characteristics[c.id]);
      return [c.id, { current, target }];
    }),
  );
  return db.transaction(async (tx) => {
    // The membership is locked: a change of consent or leaving waits for the share, and the reverse.
    const record = await membershipOr404(tx, access.scope, consortiumId, { lock: true });
    const assessment = await repositories.getAssessmentForSharing(tx, access.scope, assessmentId);
    if (!assessment) throw notFound();
    // Checked again: the consent may have changed meanwhile.
    refuseIfNotEligible(record.membership.sharing, assessment);
    const share = await repositories.saveShare(tx, access.scope, consortiumId, {
      assessmentId,
      modelId: assessment.modelId,
      modelVersion: assessment.modelVersion,
      assessedOn: assessment.assessedOn,
      audited: assessment.auditIssued,
      levels,
      sharedBy: access.auth.user.id,
    });
    await auditBenchmarking(tx, access, ip, 'consortium.share', {
      targetType: 'assessment',
      targetId: assessmentId,
      details: { consortiumId, audited: share.audited },
    });
    return {
      assessmentId,
      modelId: share.modelId,
      date: share.assessedOn,
      audited: share.audited,
      sharedAt: share.sharedAt.toISOString(),
    };
  });
}
