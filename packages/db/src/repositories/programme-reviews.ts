import { and, asc, eq, inArray } from 'drizzle-orm';
import { programmeReviewRatings, programmeReviews } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// Periodic reviews of the programme office (key success factors, procurement, governance) with
// their ratings. A review and its ratings are written together: the ratings of a review are
// replaced as a whole, inside the caller's transaction.

export type ProgrammeReviewRow = typeof programmeReviews.$inferSelect;
export type ProgrammeReviewKindValue = ProgrammeReviewRow['kind'];

/** One item's rating in a review. */
export interface ReviewRatingRecord {
  itemId: string;
  rating: number;
  comment: string;
}

/** A review with its ratings (in item id order) and the name of who changed it last. */
export interface ProgrammeReviewRecord extends ProgrammeReviewRow {
  ratings: ReviewRatingRecord[];
  updatedByName: string | null;
}

/** The editable fields of a review. */
export interface ProgrammeReviewValues {
  reviewedOn: string;
  reviewer: string;
  notes: string;
}

const inScope = (scope: OrganisationScope) =>
  eq(programmeReviews.organisationId, scope.organisationId);
const withUpdatedByName = (db: Executor) =>
  db
    .select({ review: programmeReviews, updatedByName: users.displayName })
    .from(programmeReviews)
    .leftJoin(users, eq(users.id, programmeReviews.updatedBy));

/** The ratings of the given reviews of the scope's organisation, by review id. */
async function ratingsOf(
  db: Executor,
  scope: OrganisationScope,
  reviewIds: readonly string[],
): Promise<Map<string, ReviewRatingRecord[]>> {
  const byReview = new Map<string, ReviewRatingRecord[]>(reviewIds.map((id) => [id, []]));
  if (reviewIds.length === 0) return byReview;
  const rows = await db
    .select({
      reviewId: programmeReviewRatings.reviewId,
      itemId: programmeReviewRatings.itemId,
      rating: programmeReviewRatings.rating,
      comment: programmeReviewRatings.comment,
    })
    .from(programmeReviewRatings)
    .where(
      and(
        eq(programmeReviewRatings.organisationId, scope.organisationId),
        inArray(programmeReviewRatings.reviewId, [...reviewIds]),
      ),
    )
    .orderBy(asc(programmeReviewRatings.reviewId), asc(programmeReviewRatings.itemId));
  for (const { reviewId, ...rating } of rows) byReview.get(reviewId)?.push(rating);
  return byReview;
}

/**
 * The reviews of the scope's organisation (of one kind, or all), oldest first (by date, then by
 * when they were recorded), each with its ratings.
 */
export async function listProgrammeReviews(
  db: Executor,
  scope: OrganisationScope,
  kind?: ProgrammeReviewKindValue,
): Promise<ProgrammeReviewRecord[]> {
  const reviews = await withUpdatedByName(db)
    .where(kind ? and(inScope(scope), eq(programmeReviews.kind, kind)) : inScope(scope))
    .orderBy(
      asc(programmeReviews.reviewedOn),
      asc(programmeReviews.createdAt),
      asc(programmeReviews.id),
    );
  const ratings = await ratingsOf(
    db,
    scope,
    reviews.map((r) => r.review.id),
  );
  return reviews.map(({ review, updatedByName }) => ({
    ...review,
    ratings: ratings.get(review.id) ?? [],
    updatedByName,
  }));
}

/** A review of the scope's organisation with its ratings (optionally locked for update), or undefined. */
export async function getProgrammeReview(
  db: Executor,
  scope: OrganisationScope,
  reviewId: string,
  options: { lock?: boolean } = {},
): Promise<ProgrammeReviewRecord | undefined> {
  const query = withUpdatedByName(db).where(and(inScope(scope), eq(programmeReviews.id, reviewId)));
  const [row] = options.lock ? await query.for('update', { of: programmeReviews }) : await query;
  if (!row) return undefined;
  const ratings = await ratingsOf(db, scope, [row.review.id]);
  return {
    ...row.review,
    ratings: ratings.get(row.review.id) ?? [],
    updatedByName: row.updatedByName,
  };
}

/** Replaces every rating of a review of the scope's organisation (call inside a transaction). */
async function replaceRatings(
  db: Executor,
  scope: OrganisationScope,
  reviewId: string,
  ratings: readonly ReviewRatingRecord[],
): Promise<void> {
  await db
    .delete(programmeReviewRatings)
    .where(
      and(
        eq(programmeReviewRatings.reviewId, reviewId),
        eq(programmeReviewRatings.organisationId, scope.organisationId),
      ),
    );
  if (ratings.length === 0) return;
  await db
    .insert(programmeReviewRatings)
    .values(ratings.map((r) => ({ ...r, reviewId, organisationId: scope.organisationId })));
}

/** Records a review of the scope's organisation with its ratings (call inside a transaction). */
export async function createProgrammeReview(
  db: Executor,
  scope: OrganisationScope,
  values: ProgrammeReviewValues & { kind: ProgrammeReviewKindValue; createdBy: string | null },
  ratings: readonly ReviewRatingRecord[],
): Promise<ProgrammeReviewRow> {
  const [review] = await db
    .insert(programmeReviews)
    .values({ ...values, updatedBy: values.createdBy, organisationId: scope.organisationId })
    .returning();
  if (!review) throw new Error('insert returned no row');
  await replaceRatings(db, scope, review.id, ratings);
  return review;
}

/**
 * Changes a review of the scope's organisation (its fields, and its ratings as a whole when
 * given) and gives it the next version. Call inside the transaction that locked the review and
 * checked its version.
 */
export async function updateProgrammeReview(
  db: Executor,
  scope: OrganisationScope,
  reviewId: string,
  values: Partial<ProgrammeReviewValues> & { version: number; updatedBy: string | null },
  ratings?: readonly ReviewRatingRecord[],
): Promise<ProgrammeReviewRow | undefined> {
  const [review] = await db
    .update(programmeReviews)
    .set({ ...values, updatedAt: new Date() })
    .where(and(inScope(scope), eq(programmeReviews.id, reviewId)))
    .returning();
  if (review && ratings) await replaceRatings(db, scope, reviewId, ratings);
  return review;
}

/** Deletes a review of the scope's organisation with its ratings; returns whether there was one. */
export async function deleteProgrammeReview(
  db: Executor,
  scope: OrganisationScope,
  reviewId: string,
): Promise<boolean> {
  const rows = await db
    .delete(programmeReviews)
    .where(and(inScope(scope), eq(programmeReviews.id, reviewId)))
    .returning({ id: programmeReviews.id });
  return rows.length > 0;
}
