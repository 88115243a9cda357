import type { ProgrammeReviewKind, Rag, ReviewChange } from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import { useQuery } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import type { Lang } from '../components/lang.js';
import { get, post } from './client.js';
import type { UpdatedBy } from './programme-components.js';
import {
  conflictOf,
  deleteVersioned,
  patchVersioned,
  retryUnlessRefused,
} from './programme-writes.js';

// Periodic reviews of the ISO 37106 workspace (apps/server/src/http/programme-reviews-schemas.ts):
// the key success factors' checklist (red / amber / green) and the procurement and governance
// self-checks. Query key: ['programme-reviews', organisationId, kind].

export type { ProgrammeReviewKind, Rag, ReviewChange };

/** A value of a kind's scale with its words. */
export interface ScaleValue {
  value: number;
  /** `red`, `traditional`, `embedded` … */
  id: string;
  label: LocalizedText;
}

/** The scale a kind rates on: 1 … max. */
export interface ReviewScale {
  min: number;
  max: number;
  values: ScaleValue[];
}

/** An item a kind rates: a checklist statement, a procurement row or a governance change. */
export interface ReviewItem {
  id: string;
  label: LocalizedText;
  factorId?: string;
  subfactorId?: string;
  number?: number;
  traditional?: LocalizedText;
  smart?: LocalizedText;
}

export interface ReviewRating {
  itemId: string;
  rating: number;
  comment: string;
}

/** Red / amber / green / not rated counts of a factor or sub-factor. */
export interface RagCounts {
  red: number;
  amber: number;
  green: number;
  unrated: number;
}

export interface FactorSummary {
  factorId: string;
  counts: RagCounts;
  /** Any red → red; else any amber or unrated → amber; all green → green; nothing rated → null. */
  rag: Rag | null;
  subfactors: { subfactorId: string; counts: RagCounts; rag: Rag | null }[];
}

export interface ReviewSummary {
  kind: ProgrammeReviewKind;
  items: number;
  rated: number;
  unrated: number;
  distribution: { value: number; count: number }[];
  /** Mean of the rated items' values (null when nothing is rated). */
  mean: number | null;
  /** Key success factors only (empty for the self-checks). */
  factors: FactorSummary[];
}

export interface ReviewChanges {
  previousReviewId: string;
  items: {
    itemId: string;
    previous: number | null;
    rating: number | null;
    change: ReviewChange | null;
  }[];
  factors: {
    factorId: string;
    previous: Rag | null;
    rag: Rag | null;
    change: ReviewChange | null;
  }[];
  counts: { improved: number; worsened: number; same: number };
  meanChange: number | null;
}

export interface Review {
  id: string;
  kind: ProgrammeReviewKind;
  reviewedOn: string;
  reviewer: string;
  notes: string;
  ratings: ReviewRating[];
  summary: ReviewSummary;
  /** Since the review of the same kind just before; null for the first. */
  changes: ReviewChanges | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
}

/** GET …/programme/reviews?kind=: the kind's scale and items, its reviews oldest first, and the trend. */
export interface ReviewHistory {
  kind: ProgrammeReviewKind;
  scale: ReviewScale;
  items: ReviewItem[];
  reviews: Review[];
  /** Key success factors: per factor id, its RAG in each review (in the order of `reviews`). */
  factorSeries: Record<string, { reviewId: string; reviewedOn: string; rag: Rag | null }[]>;
  meanSeries: { reviewId: string; reviewedOn: string; mean: number | null }[];
}

/** What a review is recorded or changed with (ratings replace all of a review's ratings). */
export interface ReviewInput {
  reviewedOn: string;
  reviewer: string;
  notes: string;
  ratings: ReviewRating[];
}

/** The error code of a review changed meanwhile. */
export const reviewConflictCode = 'programme-review-conflict';

/** The stored review of a refused write (412): as it is now, null when deleted meanwhile; else undefined. */
export function reviewConflict(error: unknown): Review | null | undefined {
  return conflictOf(error, reviewConflictCode) as Review | null | undefined;
}

export const reviewsPath = (organisationId: string) =>
  `${organisationPath(organisationId)}/programme/reviews`;
const reviewPath = (organisationId: string, reviewId: string) =>
  `${reviewsPath(organisationId)}/${encodeURIComponent(reviewId)}`;

/** The workbook of the reviews, self-checks and risk register, in a language. */
export const reviewsWorkbookHref = (organisationId: string, lang: Lang) =>
  `${reviewsPath(organisationId)}.xlsx?lang=${lang}`;

export const reviewsQueryKey = (organisationId: string, kind: ProgrammeReviewKind) => [
  'programme-reviews',
  organisationId,
  kind,
];

/** The history of the reviews of one kind. */
export function useReviewHistory(organisationId: string, kind: ProgrammeReviewKind) {
  return useQuery({
    queryKey: reviewsQueryKey(organisationId, kind),
    queryFn: () =>
      get<ReviewHistory>(`${reviewsPath(organisationId)}?kind=${encodeURIComponent(kind)}`),
    retry: retryUnlessRefused,
  });
}

export function createReview(
  organisationId: string,
  kind: ProgrammeReviewKind,
  input: ReviewInput,
): Promise<Review> {
  return post<Review>(reviewsPath(organisationId), { kind, ...input });
}

export function updateReview(
  organisationId: string,
  reviewId: string,
  input: ReviewInput,
  version: number,
): Promise<Review> {
  return patchVersioned<Review>(reviewPath(organisationId, reviewId), input, version);
}

export function deleteReview(organisationId: string, reviewId: string, version: number) {
  return deleteVersioned(reviewPath(organisationId, reviewId), version);
}
