import type { OperatingModelPack } from '@citymaturity/model';
import { roundTo } from '../statistics/rounding.js';
import {
  ragValues,
  reviewItems,
  type ProgrammeReviewKind,
  type Rag,
  type ReviewRatingInput,
} from './review-kinds.js';
import { ratingsByItem, summariseReview, type ReviewSummary } from './review-summary.js';

// The history of a kind of programme review: its reviews by date, each with its summary and the
// change since the review before, and per key success factor the series of its RAG.

/** A stored review as the history reads it. */
export interface ReviewRecordInput {
  id: string;
  /** YYYY-MM-DD. */
  reviewedOn: string;
  /** When it was recorded (ISO 8601): orders reviews of the same day. */
  createdAt?: string;
  ratings: readonly ReviewRatingInput[];
}

/** How an item or a factor moved since the previous review (every scale: higher is better). */
export type ReviewChange = 'improved' | 'worsened' | 'same';

/** An item's rating now and in the previous review; `change` null when either is not rated. */
export interface ItemChange {
  itemId: string;
  previous: number | null;
  rating: number | null;
  change: ReviewChange | null;
}

/** A key success factor's RAG now and in the previous review; `change` null when either has none. */
export interface FactorChange {
  factorId: string;
  previous: Rag | null;
  rag: Rag | null;
  change: ReviewChange | null;
}

/** What changed since the previous review of the same kind. */
export interface ReviewComparison {
  previousReviewId: string;
  /** Every item of the kind, in the pack's order. */
  items: ItemChange[];
  /** Key success factors only (empty for the other kinds). */
  factors: FactorChange[];
  /** How many items improved, worsened or stayed the same (items rated in both only). */
  counts: Record<ReviewChange, number>;
  /** This review's mean − the previous one's, two decimals; null when either has no mean. */
  meanChange: number | null;
}

/** A review in its history. */
export interface ReviewHistoryEntry {
  reviewId: string;
  reviewedOn: string;
  summary: ReviewSummary;
  /** Null for the first review. */
  changes: ReviewComparison | null;
}

/** A point of a factor's RAG series. */
export interface RagPoint {
  reviewId: string;
  reviewedOn: string;
  rag: Rag | null;
}

/** The history of one kind of review. */
export interface ReviewHistory {
  kind: ProgrammeReviewKind;
  /** Oldest first. */
  reviews: ReviewHistoryEntry[];
  /** Key success factors: per factor id, one point per review in the order of `reviews`. */
  factorSeries: Record<string, RagPoint[]>;
  /** The mean rating of each review, in the order of `reviews`. */
  meanSeries: { reviewId: string; reviewedOn: string; mean: number | null }[];
}

/** The change from one value to the next on an ordered scale; null when either is missing. */
export function changeBetween(previous: number | null, now: number | null): ReviewChange | null {
  if (previous === null || now === null) return null;
  if (now > previous) return 'improved';
  if (now < previous) return 'worsened';
  return 'same';
}

const ragRank = (rag: Rag | null) => (rag === null ? null : ragValues.indexOf(rag));

/** Reviews by date, then by when they were recorded, then by id: a total, stable order. */
export function orderReviews<T extends ReviewRecordInput>(reviews: readonly T[]): T[] {
  const key = (r: T) => [r.reviewedOn, r.createdAt ?? '', r.id] as const;
  return [...reviews].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Compares a review with the one before it: item by item, factor by factor, and the mean. */
export function compareReviews(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  previous: { id: string; ratings: readonly ReviewRatingInput[]; summary: ReviewSummary },
  current: { ratings: readonly ReviewRatingInput[]; summary: ReviewSummary },
): ReviewComparison {
  const before = ratingsByItem(previous.ratings);
  const now = ratingsByItem(current.ratings);
  const counts: Record<ReviewChange, number> = { improved: 0, worsened: 0, same: 0 };
  const items = reviewItems(pack, kind).map((item) => {
    const p = before.get(item.id) ?? null;
    const r = now.get(item.id) ?? null;
    const change = changeBetween(p, r);
    if (change) counts[change] += 1;
    return { itemId: item.id, previous: p, rating: r, change };
  });
  const previousRag = new Map(previous.summary.factors.map((f) => [f.factorId, f.rag]));
  const factors = current.summary.factors.map((f) => {
    const p = previousRag.get(f.factorId) ?? null;
    return {
      factorId: f.factorId,
      previous: p,
      rag: f.rag,
      change: changeBetween(ragRank(p), ragRank(f.rag)),
    };
  });
  const { mean } = current.summary;
  const previousMean = previous.summary.mean;
  return {
    previousReviewId: previous.id,
    items,
    factors,
    counts,
    meanChange: mean === null || previousMean === null ? null : roundTo(mean - previousMean, 2),
  };
}

/**
 * The history of the reviews of one kind: ordered by date ({@link orderReviews}), each with its
 * summary and its changes since the review just before, per key success factor the series of its
 * RAG, and the series of the mean rating. Does not depend on the order the reviews are given in.
 */
export function reviewHistory(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  reviews: readonly ReviewRecordInput[],
): ReviewHistory {
  const ordered = orderReviews(reviews).map((r) => ({
    ...r,
    summary: summariseReview(pack, kind, r.ratings),
  }));
  const entries = ordered.map((r, i) => {
    const previous = i > 0 ? ordered[i - 1] : undefined;
    return {
      reviewId: r.id,
      reviewedOn: r.reviewedOn,
      summary: r.summary,
      changes: previous ? compareReviews(pack, kind, previous, r) : null,
    };
  });
  const factorSeries: Record<string, RagPoint[]> = {};
  if (kind === 'key-success-factors') {
    for (const factor of pack.key_success_factors ?? []) {
      factorSeries[factor.id] = entries.map((e) => ({
        reviewId: e.reviewId,
        reviewedOn: e.reviewedOn,
        rag: e.summary.factors.find((f) => f.factorId === factor.id)?.rag ?? null,
      }));
    }
  }
  return {
    kind,
    reviews: entries,
    factorSeries,
    meanSeries: entries.map((e) => ({
      reviewId: e.reviewId,
      reviewedOn: e.reviewedOn,
      mean: e.summary.mean,
    })),
  };
}
