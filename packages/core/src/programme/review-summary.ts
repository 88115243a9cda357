import type { OperatingModelPack } from '@citymaturity/model';
import { roundTo } from '../statistics/rounding.js';
import {
  ragOfRating,
  reviewItems,
  reviewScales,
  type ProgrammeReviewKind,
  type Rag,
  type ReviewRatingInput,
} from './review-kinds.js';

// The summary of one programme review: how many items are rated, the distribution and mean
// position on the kind's scale, and for the key success factors the red / amber / green counts
// and an overall RAG per factor and sub-factor (rule: docs/operating-model.md).

/** How many statements of a factor (or sub-factor) are red, amber, green or not rated. */
export interface RagCounts {
  red: number;
  amber: number;
  green: number;
  unrated: number;
}

/**
 * The overall RAG of a key success factor (or sub-factor) from its statements' counts:
 * any red statement → red; otherwise any amber or unrated statement → amber; otherwise (every
 * statement green) → green. A factor none of whose statements is rated has no RAG (null): there
 * is nothing to go on. An unrated statement never makes a factor green: green means every
 * statement was reviewed and holds.
 */
export function factorRag(counts: RagCounts): Rag | null {
  if (counts.red + counts.amber + counts.green === 0) return null;
  if (counts.red > 0) return 'red';
  if (counts.amber > 0 || counts.unrated > 0) return 'amber';
  return 'green';
}

/** A sub-factor's counts and RAG in one review. */
export interface SubfactorSummary {
  subfactorId: string;
  counts: RagCounts;
  rag: Rag | null;
}

/** A key success factor's counts and RAG in one review, with its sub-factors'. */
export interface FactorSummary {
  factorId: string;
  counts: RagCounts;
  rag: Rag | null;
  subfactors: SubfactorSummary[];
}

/** The summary of one review. */
export interface ReviewSummary {
  kind: ProgrammeReviewKind;
  /** Items the kind has in the pack; how many of them this review rated, and how many not. */
  items: number;
  rated: number;
  unrated: number;
  /** How many items got each value of the scale (every value listed, lowest first). */
  distribution: { value: number; count: number }[];
  /**
   * Mean rating of the rated items, two decimals (procurement: the mean position from
   * traditional 1 to smart 5; governance: 1 not begun … 4 embedded); null when none is rated.
   */
  mean: number | null;
  /** Key success factors only: per factor in the pack's order (empty for the other kinds). */
  factors: FactorSummary[];
}

const emptyCounts = (): RagCounts => ({ red: 0, amber: 0, green: 0, unrated: 0 });

function countRag(counts: RagCounts, rating: number | undefined): void {
  const rag = rating === undefined ? undefined : ragOfRating(rating);
  counts[rag ?? 'unrated'] += 1;
}

/** The ratings by item id (the first rating of an item counts, as a stored review has one). */
export function ratingsByItem(ratings: readonly ReviewRatingInput[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of ratings) if (!map.has(r.itemId)) map.set(r.itemId, r.rating);
  return map;
}

/** The key success factors' counts and RAG, factor by factor and sub-factor by sub-factor. */
function factorSummaries(pack: OperatingModelPack, byItem: Map<string, number>): FactorSummary[] {
  return (pack.key_success_factors ?? []).map((factor) => {
    const counts = emptyCounts();
    const subfactors = factor.subfactors.map((sub) => {
      const subCounts = emptyCounts();
      for (const statement of sub.checklist) {
        countRag(subCounts, byItem.get(statement.id));
        countRag(counts, byItem.get(statement.id));
      }
      return { subfactorId: sub.id, counts: subCounts, rag: factorRag(subCounts) };
    });
    return { factorId: factor.id, counts, rag: factorRag(counts), subfactors };
  });
}

/**
 * Summarises a review of a kind: counts, distribution and mean over the kind's items in the pack
 * (ratings of items the pack no longer has are left out), and for the key success factors the
 * counts and RAG of every factor and sub-factor ({@link factorRag}).
 */
export function summariseReview(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  ratings: readonly ReviewRatingInput[],
): ReviewSummary {
  const byItem = ratingsByItem(ratings);
  const items = reviewItems(pack, kind);
  const scale = reviewScales[kind];
  const distribution = scale.values.map((v) => ({ value: v.value, count: 0 }));
  let rated = 0;
  let sum = 0;
  for (const item of items) {
    const rating = byItem.get(item.id);
    if (rating === undefined) continue;
    rated += 1;
    sum += rating;
    const slot = distribution[rating - 1];
    if (slot) slot.count += 1;
  }
  return {
    kind,
    items: items.length,
    rated,
    unrated: items.length - rated,
    distribution,
    mean: rated === 0 ? null : roundTo(sum / rated, 2),
    factors: kind === 'key-success-factors' ? factorSummaries(pack, byItem) : [],
  };
}
