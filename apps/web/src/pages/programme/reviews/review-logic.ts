import type { RagTrendInput } from '@citymaturity/charts';
import type { OperatingModelPack } from '@citymaturity/model';
import type {
  Rag,
  Review,
  ReviewChanges,
  ReviewHistory,
  ReviewRating,
} from '../../../api/programme-reviews.js';
import { langTag, type Lang } from '../../../components/lang.js';

// Pure rules of the review tools' pages: the editor's draft of ratings, the API's rating problems
// by item, the trend charts' inputs and the lists of changes since the previous review.

/** An item's rating while it is edited (null: not rated). */
export interface RatingDraft {
  rating: number | null;
  comment: string;
}

/** The draft ratings of a review, by item id. */
export type DraftRatings = Readonly<Record<string, RatingDraft>>;

/** The draft of a review's ratings (an empty draft without a review). */
export function draftFrom(review: Pick<Review, 'ratings'> | undefined): DraftRatings {
  const draft: Record<string, RatingDraft> = {};
  for (const r of review?.ratings ?? []) draft[r.itemId] = { rating: r.rating, comment: r.comment };
  return draft;
}

/**
 * The ratings to send, in the items' order (rated items only, comments trimmed), and the items
 * whose comment would be lost because they are not rated (the API keeps comments with ratings).
 */
export function ratingsToSend(
  itemIds: readonly string[],
  draft: DraftRatings,
): { ratings: ReviewRating[]; commentsWithoutRating: string[] } {
  const ratings: ReviewRating[] = [];
  const commentsWithoutRating: string[] = [];
  for (const itemId of itemIds) {
    const entry = draft[itemId];
    if (!entry) continue;
    const comment = entry.comment.trim();
    if (entry.rating === null) {
      if (comment) commentsWithoutRating.push(itemId);
    } else ratings.push({ itemId, rating: entry.rating, comment });
  }
  return { ratings, commentsWithoutRating };
}

/** A problem the API found with one rating: a problem code it names, or its own message. */
export type RatingProblem =
  { code: 'unknown-item' | 'duplicate' | 'out-of-range' } | { message: string };

const problemCodes = new Set(['unknown-item', 'duplicate', 'out-of-range']);

/**
 * The API's problems with the ratings sent (issues at `body.ratings.<index>.<field>`), by the
 * item of each rating: the ratings' order is the one sent.
 */
export function ratingProblems(
  issues: readonly { path: string; message: string }[],
  sent: readonly ReviewRating[],
): Map<string, RatingProblem[]> {
  const byItem = new Map<string, RatingProblem[]>();
  for (const issue of issues) {
    const match = /^body\.ratings\.(\d+)(?:\.|$)/.exec(issue.path);
    const itemId = match ? sent[Number(match[1])]?.itemId : undefined;
    if (itemId === undefined) continue;
    const problem: RatingProblem = problemCodes.has(issue.message)
      ? { code: issue.message as 'unknown-item' | 'duplicate' | 'out-of-range' }
      : { message: issue.message };
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), problem]);
  }
  return byItem;
}

/** The RAG of a key success factor rating (1 red, 2 amber, 3 green). */
export function ragOf(rating: number | null | undefined): Rag | null {
  return rating === 1 ? 'red' : rating === 2 ? 'amber' : rating === 3 ? 'green' : null;
}

/** A date written short in a language ("2026年4月15日", "Apr 15, 2026"), for chart columns. */
export function shortDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/** A mean position with one decimal in a language (null: a dash). */
export function formatMean(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(langTag(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A change of a mean with its sign and one decimal (+0.4, −0.2, ±0.0). */
export function formatMeanChange(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const size = formatMean(Math.abs(value), lang);
  if (Math.abs(value) < 0.05) return `±${size}`;
  return `${value > 0 ? '+' : '−'}${size}`;
}

/** The most review columns the trend charts draw (the table below them has every review). */
export const chartedReviews = 8;

/** The reviews a trend chart draws: the latest {@link chartedReviews}, oldest first. */
export function chartedSlice<T>(reviews: readonly T[]): T[] {
  return reviews.slice(Math.max(0, reviews.length - chartedReviews));
}

/**
 * The RAG trend of the key success factors: one row per factor of the pack ("1 Strategic
 * clarity"), one column per charted review (short dates), each cell the factor's RAG then.
 */
export function ragTrendInput(
  history: Pick<ReviewHistory, 'reviews' | 'factorSeries'>,
  pack: OperatingModelPack,
  lang: Lang,
): RagTrendInput {
  const reviews = chartedSlice(history.reviews);
  return {
    dates: reviews.map((r) => shortDate(r.reviewedOn, lang)),
    rows: (pack.key_success_factors ?? []).map((factor) => {
      const series = history.factorSeries[factor.id] ?? [];
      return {
        label: factorLabel(factor, lang),
        ratings: reviews.map((r) => series.find((p) => p.reviewId === r.id)?.rag ?? null),
      };
    }),
  };
}

/** One item that changed since the previous review, with both ratings. */
export interface ChangedItem {
  itemId: string;
  previous: number | null;
  rating: number | null;
}

/** The items of a review's changes sorted into what moved and how (items unrated in both left out). */
export interface ChangeLists {
  worsened: ChangedItem[];
  improved: ChangedItem[];
  /** Rated now, not in the previous review. */
  newlyRated: ChangedItem[];
  /** Rated in the previous review, not now. */
  noLongerRated: ChangedItem[];
}

/** Sorts a review's changes per item into worsened, improved, newly rated and no longer rated. */
export function changeLists(changes: Pick<ReviewChanges, 'items'>): ChangeLists {
  const lists: ChangeLists = { worsened: [], improved: [], newlyRated: [], noLongerRated: [] };
  for (const { itemId, previous, rating, change } of changes.items) {
    const item = { itemId, previous, rating };
    if (change === 'worsened') lists.worsened.push(item);
    else if (change === 'improved') lists.improved.push(item);
    else if (previous === null && rating !== null) lists.newlyRated.push(item);
    else if (previous !== null && rating === null) lists.noLongerRated.push(item);
  }
  return lists;
}

/** A review's ratings and texts as they differ between two versions (for a conflict). */
export function differingItems(
  theirs: Pick<Review, 'ratings'>,
  yours: readonly ReviewRating[],
): { itemId: string; theirs: ReviewRating | undefined; yours: ReviewRating | undefined }[] {
  const mine = new Map(yours.map((r) => [r.itemId, r]));
  const stored = new Map(theirs.ratings.map((r) => [r.itemId, r]));
  const ids = [...new Set([...stored.keys(), ...mine.keys()])];
  return ids
    .map((itemId) => ({ itemId, theirs: stored.get(itemId), yours: mine.get(itemId) }))
    .filter(
      (d) =>
        d.theirs?.rating !== d.yours?.rating ||
        (d.theirs?.comment ?? '') !== (d.yours?.comment ?? ''),
    );
}

/** How a key success factor is named: its number and its name ("6 Supplier partnership"). */
export function factorLabel(factor: { number: number; name: Record<Lang, string> }, lang: Lang) {
  return `${String(factor.number)} ${factor.name[lang]}`;
}
