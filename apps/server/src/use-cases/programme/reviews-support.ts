import {
  reviewHistory,
  reviewItems,
  reviewRatingIssues,
  reviewScales,
  summariseReview,
  type ProgrammeReviewKind,
  type ReviewHistoryEntry,
} from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import type { OperatingModelPack } from '@citymaturity/model';
import { HttpError } from '../../http/http-error.js';
import { presentUpdatedBy } from './components-support.js';

// The programme reviews as the API shows them: each review with its ratings, its summary and its
// changes since the review of the same kind before it; the history of a kind; the check of a
// review's ratings against its kind.

type ReviewRecord = repositories.ProgrammeReviewRecord;

/**
 * A review as the API shows it, given its entry in the history of its kind (without one, e.g. in
 * a conflict, its summary alone and no changes).
 */
export function presentReview(
  pack: OperatingModelPack,
  review: ReviewRecord,
  entry?: ReviewHistoryEntry,
) {
  return {
    id: review.id,
    kind: review.kind,
    reviewedOn: review.reviewedOn,
    reviewer: review.reviewer,
    notes: review.notes,
    ratings: review.ratings,
    summary: entry?.summary ?? summariseReview(pack, review.kind, review.ratings),
    changes: entry?.changes ?? null,
    version: review.version,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(review),
  };
}

/** A review as the API shows it. */
export type ReviewView = ReturnType<typeof presentReview>;

const historyInput = (r: ReviewRecord) => ({
  id: r.id,
  reviewedOn: r.reviewedOn,
  createdAt: r.createdAt.toISOString(),
  ratings: r.ratings,
});

/** The history of the reviews of one kind with each review presented, as the API shows it. */
export function presentHistory(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  reviews: readonly ReviewRecord[],
) {
  const history = reviewHistory(pack, kind, reviews.map(historyInput));
  const byId = new Map(reviews.map((r) => [r.id, r]));
  return {
    kind,
    scale: reviewScales[kind],
    items: reviewItems(pack, kind),
    reviews: history.reviews.flatMap((entry) => {
      const review = byId.get(entry.reviewId);
      return review ? [presentReview(pack, review, entry)] : [];
    }),
    factorSeries: history.factorSeries,
    meanSeries: history.meanSeries,
  };
}

/** A review with its summary and its changes since the review of the same kind before it. */
export async function loadReviewView(
  db: Executor,
  pack: OperatingModelPack,
  scope: OrganisationScope,
  review: ReviewRecord,
): Promise<ReviewView> {
  const sameKind = await repositories.listProgrammeReviews(db, scope, review.kind);
  const history = reviewHistory(pack, review.kind, sameKind.map(historyInput));
  return presentReview(
    pack,
    review,
    history.reviews.find((e) => e.reviewId === review.id),
  );
}

/**
 * Refuses ratings that do not fit the review's kind (core's `reviewRatingIssues`): a 400 whose
 * issues name each rating's field (`body.ratings.<index>.itemId` or `.rating`) and the problem
 * (`unknown-item`, `duplicate`, `out-of-range`); the message names the first.
 */
export function checkReviewRatings(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  ratings: readonly { itemId: string; rating: number }[],
): void {
  const issues = reviewRatingIssues(pack, kind, ratings).map((issue) => ({
    path: `body.ratings.${String(issue.index)}.${issue.field}`,
    message: issue.problem,
  }));
  const [first] = issues;
  if (first)
    throw new HttpError(400, 'programme-review-ratings-invalid', { field: first.path, issues });
}
