import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgramme, checkVersion, definedFields } from './reviews-area-support.js';
import {
  checkReviewRatings,
  loadReviewView,
  presentReview,
  type ReviewView,
} from './reviews-support.js';

/** What a change of a review may name; `ratings`, when given, replace all of the review's. */
export interface ReviewChange extends Partial<repositories.ProgrammeReviewValues> {
  ratings?: repositories.ReviewRatingRecord[] | undefined;
}

/**
 * Changes a review: the named fields, and its ratings as a whole when given (checked against the
 * review's kind), in one transaction. Optimistic locking: the change applies only when it starts
 * from the stored version (`ifMatch`); otherwise nothing is written and a 412 carries the stored
 * review. The kind of a review never changes.
 */
export async function updateReview(
  ctx: AppContext,
  caller: ScopedCaller,
  reviewId: string,
  input: ReviewChange,
  ifMatch: number,
  ip: string,
): Promise<ReviewView> {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const stored = checkVersion(
      await repositories.getProgrammeReview(tx, caller.scope, reviewId, { lock: true }),
      ifMatch,
      'programme-review-conflict',
      (row) => presentReview(ctx.operatingModel, row),
    );
    const { ratings, ...fields } = input;
    if (ratings) checkReviewRatings(ctx.operatingModel, stored.kind, ratings);
    const changes = definedFields(fields);
    const version = stored.version + 1;
    await repositories.updateProgrammeReview(
      tx,
      caller.scope,
      reviewId,
      { ...changes, version, updatedBy: caller.auth.user.id },
      ratings,
    );
    await auditProgramme(tx, { caller, ip }, 'programme.review.update', {
      type: 'programme-review',
      id: reviewId,
      details: {
        kind: stored.kind,
        ...changes,
        ...(ratings ? { ratings: ratings.length } : {}),
        version,
      },
    });
  });
  const saved = await repositories.getProgrammeReview(db, caller.scope, reviewId);
  if (!saved) throw notFound();
  return loadReviewView(db, ctx.operatingModel, caller.scope, saved);
}
