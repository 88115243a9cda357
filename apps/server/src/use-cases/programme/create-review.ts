import type { ProgrammeReviewKind } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { auditProgramme } from './reviews-area-support.js';
import { checkReviewRatings, loadReviewView, type ReviewView } from './reviews-support.js';

/** What a new review records. */
export interface ReviewInput extends repositories.ProgrammeReviewValues {
  kind: ProgrammeReviewKind;
  ratings: repositories.ReviewRatingRecord[];
}

/**
 * Records a review of a kind with its ratings, in one transaction: every rated item one of the
 * kind's (from the pack), rated once, on the kind's scale (else 400, nothing stored).
 */
export async function createReview(
  ctx: AppContext,
  caller: ScopedCaller,
  input: ReviewInput,
  ip: string,
): Promise<ReviewView> {
  checkReviewRatings(ctx.operatingModel, input.kind, input.ratings);
  const { ratings, ...values } = input;
  const id = await ctx.database.db.transaction(async (tx) => {
    const review = await repositories.createProgrammeReview(
      tx,
      caller.scope,
      { ...values, createdBy: caller.auth.user.id },
      ratings,
    );
    await auditProgramme(tx, { caller, ip }, 'programme.review.create', {
      type: 'programme-review',
      id: review.id,
      details: { kind: input.kind, reviewedOn: input.reviewedOn, ratings: ratings.length },
    });
    return review.id;
  });
  const db = ctx.database.db;
  const saved = await repositories.getProgrammeReview(db, caller.scope, id);
  if (!saved) throw notFound();
  return loadReviewView(db, ctx.operatingModel, caller.scope, saved);
}
