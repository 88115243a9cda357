import type { LocalizedText, OperatingModelPack } from '@citymaturity/model';

// The checklists a programme office reviews periodically (ISO 37106 clause 8 and Annex B, 6.6.2
// table 3, the key governance changes), as data: which items each kind rates, taken from the
// operating-model pack, and the scale each kind rates them on.

/** The kinds of programme review (the values of `programme_reviews.kind`). */
export const programmeReviewKinds = ['key-success-factors', 'procurement', 'governance'] as const;
/** See {@link programmeReviewKinds}. */
export type ProgrammeReviewKind = (typeof programmeReviewKinds)[number];

/** One value of a review's scale and its words in both languages. */
export interface ReviewScaleValue {
  value: number;
  /** A stable id of the value (e.g. `red`, `traditional`, `embedded`). */
  id: string;
  label: LocalizedText;
}

/** The scale a kind of review rates its items on: the integers 1 … `max`, each with words. */
export interface ReviewScale {
  min: 1;
  max: number;
  values: ReviewScaleValue[];
}

/** Red / amber / green: the rating of a key success factor statement (1, 2, 3). */
export const ragValues = ['red', 'amber', 'green'] as const;
/** See {@link ragValues}. */
export type Rag = (typeof ragValues)[number];

const scaleOf = (values: [string, LocalizedText][]): ReviewScale => ({
  min: 1,
  max: values.length,
  values: values.map(([id, label], i) => ({ value: i + 1, id, label })),
});

/**
 * The scale of each kind of review:
 * - `key-success-factors`: 1 red, 2 amber, 3 green (how far the statement holds);
 * - `procurement`: 1 traditional … 5 smart, the city's position between the two columns of a
 *   row of ISO 37106 table 3 (3 is halfway);
 * - `governance`: 1 not begun, 2 started, 3 in place, 4 embedded (how far a key governance change
 *   has gone).
 */
export const reviewScales: Readonly<Record<ProgrammeReviewKind, ReviewScale>> = {
  'key-success-factors': scaleOf([
    ['red', { zh: '红', en: 'Red' }],
    ['amber', { zh: '黄', en: 'Amber' }],
    ['green', { zh: '绿', en: 'Green' }],
  ]),
  procurement: scaleOf([
    ['traditional', { zh: '传统', en: 'Traditional' }],
    ['mostly-traditional', { zh: '偏传统', en: 'Mostly traditional' }],
    ['halfway', { zh: '居中', en: 'Halfway' }],
    ['mostly-smart', { zh: '偏智慧', en: 'Mostly smart' }],
    ['smart', { zh: '智慧', en: 'Smart' }],
  ]),
  governance: scaleOf([
    ['not-begun', { zh: '未开始', en: 'Not begun' }],
    ['started', { zh: '已起步', en: 'Started' }],
    ['in-place', { zh: '已到位', en: 'In place' }],
    ['embedded', { zh: '已融入日常', en: 'Embedded' }],
  ]),
};

/** The words of a rating on a kind's scale (undefined outside the scale). */
export function ratingLabel(kind: ProgrammeReviewKind, rating: number): LocalizedText | undefined {
  return reviewScales[kind].values.find((v) => v.value === rating)?.label;
}

/** The RAG colour of a key success factor rating (1 red, 2 amber, 3 green). */
export function ragOfRating(rating: number): Rag | undefined {
  return ragValues[rating - 1];
}

/** An item a review rates: a checklist statement, a procurement row or a governance change. */
export interface ReviewItem {
  /** The id ratings name: `ksf-1a-1`, `procurement-3`, `stakeholder-alignment`. */
  id: string;
  /** The statement, the change's name, or for a procurement row its smart column. */
  label: LocalizedText;
  /** Key success factors: the factor and sub-factor the statement belongs to. */
  factorId?: string;
  subfactorId?: string;
  /** Procurement: the row's number and its two columns (traditional → smart). */
  number?: number;
  traditional?: LocalizedText;
  smart?: LocalizedText;
}

/** The id of a procurement row as reviews name it. */
export const procurementItemId = (number: number) => `procurement-${String(number)}`;

/**
 * The items a kind of review rates, in the pack's order: the checklist statements of the key
 * success factors, the rows of the procurement table (`procurement-<number>`) or the key
 * governance changes. Empty when the pack has no such list.
 */
export function reviewItems(pack: OperatingModelPack, kind: ProgrammeReviewKind): ReviewItem[] {
  switch (kind) {
    case 'key-success-factors':
      return (pack.key_success_factors ?? []).flatMap((factor) =>
        factor.subfactors.flatMap((sub) =>
          sub.checklist.map((statement) => ({
            id: statement.id,
            label: statement.text,
            factorId: factor.id,
            subfactorId: sub.id,
          })),
        ),
      );
    case 'procurement':
      return (pack.procurement_transformation?.rows ?? []).map((row) => ({
        id: procurementItemId(row.number),
        label: row.smart,
        number: row.number,
        traditional: row.traditional,
        smart: row.smart,
      }));
    case 'governance':
      return (pack.governance_changes ?? []).map((change) => ({
        id: change.id,
        label: change.name,
      }));
  }
}

/** A rating as a review records it. */
export interface ReviewRatingInput {
  itemId: string;
  rating: number;
}

/**
 * What is wrong with one rating of a review: an item the kind does not have, a rating outside
 * the kind's scale, or an item rated twice (the second and later ratings of it).
 */
export type ReviewRatingProblem = 'unknown-item' | 'out-of-range' | 'duplicate';

/** A problem and the rating (by its index in the list) it concerns. */
export interface ReviewRatingIssue {
  index: number;
  field: 'itemId' | 'rating';
  problem: ReviewRatingProblem;
}

/**
 * Checks a review's ratings against its kind: every item one of the kind's (from the pack), each
 * item rated once, every rating an integer on the kind's scale. Items may be left unrated.
 * Returns the problems in list order (none: the ratings may be stored).
 */
export function reviewRatingIssues(
  pack: OperatingModelPack,
  kind: ProgrammeReviewKind,
  ratings: readonly ReviewRatingInput[],
): ReviewRatingIssue[] {
  const known = new Set(reviewItems(pack, kind).map((item) => item.id));
  const { min, max } = reviewScales[kind];
  const seen = new Set<string>();
  const issues: ReviewRatingIssue[] = [];
  ratings.forEach((r, index) => {
    if (!known.has(r.itemId)) issues.push({ index, field: 'itemId', problem: 'unknown-item' });
    else if (seen.has(r.itemId)) issues.push({ index, field: 'itemId', problem: 'duplicate' });
    seen.add(r.itemId);
    if (!Number.isInteger(r.rating) || r.rating < min || r.rating > max)
      issues.push({ index, field: 'rating', problem: 'out-of-range' });
  });
  return issues;
}
