import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { loadReviewView, type ReviewView } from './reviews-support.js';

/** One review of the organisation with its ratings, summary and changes since the one before. */
export async function getReview(
  ctx: AppContext,
  caller: ScopedCaller,
  reviewId: string,
): Promise<ReviewView> {
  const db = ctx.database.db;
  const review = await repositories.getProgrammeReview(db, caller.scope, reviewId);
  if (!review) throw notFound();
  return loadReviewView(db, ctx.operatingModel, caller.scope, review);
}
