import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { auditProgramme, checkVersion } from './reviews-area-support.js';
import { presentReview } from './reviews-support.js';

/**
 * Deletes a review with its ratings. With `ifMatch`, only the version seen: a later change is a
 * 412 with the stored review.
 */
export async function deleteReview(
  ctx: AppContext,
  caller: ScopedCaller,
  reviewId: string,
  ifMatch: number | undefined,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getProgrammeReview(tx, caller.scope, reviewId, { lock: true }),
      ifMatch,
      'programme-review-conflict',
      (row) => presentReview(ctx.operatingModel, row),
    );
    await repositories.deleteProgrammeReview(tx, caller.scope, reviewId);
    await auditProgramme(tx, { caller, ip }, 'programme.review.delete', {
      type: 'programme-review',
      id: reviewId,
      details: { kind: stored.kind, reviewedOn: stored.reviewedOn, reviewer: stored.reviewer },
    });
  });
}
