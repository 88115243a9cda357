import { loadBundledPacks, type OperatingModelPack } from '@citymaturity/model';
import { reviewItems } from '@citymaturity/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewHistory } from '../../../api/programme-reviews.js';
import { groupItems, reviewGroups } from './review-groups.js';
import {
  factorLabel,
  changeLists,
  type ChangedItem,
  chartedReviews,
  differingItems,
  draftFrom,
  formatMean,
  formatMeanChange,
  ragOf,
  ragTrendInput,
  ratingProblems,
  ratingsToSend,
} from './review-logic.js';

let pack: OperatingModelPack;
beforeAll(async () => {
  pack = (await loadBundledPacks()).scom;
});

/** A review as the API gives it, with only what the helpers read filled in. */
function review(id: string, reviewedOn: string, ratings: Review['ratings'] = []): Review {
  return {
    id,
    kind: 'key-success-factors',
    reviewedOn,
    reviewer: 'Wang',
    notes: '',
    ratings,
    summary: {
      kind: 'key-success-factors',
      items: 41,
      rated: ratings.length,
      unrated: 41 - ratings.length,
      distribution: [],
      mean: null,
      factors: [],
    },
    changes: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: null,
  };
}

describe('reviewGroups', () => {
  it('lays out every item the API rates, in its order, for each kind', () => {
    for (const kind of ['key-success-factors', 'procurement', 'governance'] as const)
      expect(
        groupItems(reviewGroups(pack, kind)).map((i) => i.id),
        kind,
      ).toEqual(reviewItems(pack, kind).map((i) => i.id));
  });

  it('groups the statements by the nine factors and their sub-factors', () => {
    const groups = reviewGroups(pack, 'key-success-factors');
    expect([groups.length, groups[0]?.number, groups[0]?.sections[0]?.id]).toEqual([
      9,
      1,
      'ksf-1a',
    ]);
  });

  it('gives the procurement rows both columns, and the governance changes by way of working', () => {
    const row = groupItems(reviewGroups(pack, 'procurement'))[2];
    const governance = reviewGroups(pack, 'governance');
    expect([row?.id, row?.number, Boolean(row?.traditional?.en)]).toEqual([
      'procurement-3',
      3,
      true,
    ]);
    expect(governance.flatMap((g) => g.sections.flatMap((s) => s.items)).length).toBe(6);
  });
});

describe('the draft of ratings', () => {
  it('starts from a review and sends the rated items in the items order, comments trimmed', () => {
    const draft = {
      ...draftFrom(review('a', '2026-01-01', [{ itemId: 'b', rating: 2, comment: 'x' }])),
      a: { rating: 3, comment: ' done ' },
      c: { rating: null, comment: '' },
    };
    expect(ratingsToSend(['a', 'b', 'c'], draft)).toEqual({
      ratings: [
        { itemId: 'a', rating: 3, comment: 'done' },
        { itemId: 'b', rating: 2, comment: 'x' },
      ],
      commentsWithoutRating: [],
    });
  });

  it('names the unrated items whose comment would be lost', () => {
    expect(
      ratingsToSend(['a', 'b'], {
        a: { rating: null, comment: 'why?' },
        b: { rating: null, comment: ' ' },
      }).commentsWithoutRating,
    ).toEqual(['a']);
  });
});

describe('ratingProblems', () => {
  it("puts the API's problems on the item of the rating sent at that index", () => {
    const sent = [
      { itemId: 'ksf-1a-1', rating: 1, comment: '' },
      { itemId: 'ksf-1a-2', rating: 9, comment: '' },
    ];
    const problems = ratingProblems(
      [
        { path: 'body.ratings.1.rating', message: 'out-of-range' },
        { path: 'body.ratings.0.comment', message: 'Too long' },
        { path: 'body.reviewer', message: 'Required' },
      ],
      sent,
    );
    expect([...problems]).toEqual([
      ['ksf-1a-2', [{ code: 'out-of-range' }]],
      ['ksf-1a-1', [{ message: 'Too long' }]],
    ]);
  });
});

describe('ragOf', () => {
  it('reads 1 red, 2 amber, 3 green and anything else as not rated', () => {
    expect([1, 2, 3, null, undefined, 4].map(ragOf)).toEqual([
      'red',
      'amber',
      'green',
      null,
      null,
      null,
    ]);
  });
});

describe('ragTrendInput', () => {
  it("gives one row per factor and one column per review, each cell the factor's RAG then", () => {
    const history: Pick<ReviewHistory, 'reviews' | 'factorSeries'> = {
      reviews: [review('r1', '2026-01-15'), review('r2', '2026-04-15')],
      factorSeries: {
        'ksf-1': [
          { reviewId: 'r1', reviewedOn: '2026-01-15', rag: 'red' },
          { reviewId: 'r2', reviewedOn: '2026-04-15', rag: 'amber' },
        ],
      },
    };
    const input = ragTrendInput(history, pack, 'en');
    expect([input.dates, input.rows.length, input.rows[0], input.rows[1]?.ratings]).toEqual([
      ['Jan 15, 2026', 'Apr 15, 2026'],
      9,
      { label: '1 Strategic clarity', ratings: ['red', 'amber'] },
      [null, null],
    ]);
  });

  it(`charts the latest ${String(chartedReviews)} reviews only`, () => {
    const reviews = Array.from({ length: chartedReviews + 3 }, (_, i) =>
      review(`r${String(i)}`, `2026-01-${String(10 + i)}`),
    );
    const input = ragTrendInput({ reviews, factorSeries: {} }, pack, 'zh');
    expect([input.dates.length, input.dates[0]]).toEqual([chartedReviews, '2026年1月13日']);
  });
});

describe('changeLists', () => {
  it('sorts the items into worsened, improved, newly rated and no longer rated', () => {
    const lists = changeLists({
      items: [
        { itemId: 'a', previous: 3, rating: 1, change: 'worsened' },
        { itemId: 'b', previous: 1, rating: 2, change: 'improved' },
        { itemId: 'c', previous: 2, rating: 2, change: 'same' },
        { itemId: 'd', previous: null, rating: 3, change: null },
        { itemId: 'e', previous: 2, rating: null, change: null },
        { itemId: 'f', previous: null, rating: null, change: null },
      ],
    });
    expect(
      Object.fromEntries(
        Object.entries(lists).map(([k, v]: [string, ChangedItem[]]) => [k, v.map((i) => i.itemId)]),
      ),
    ).toEqual({ worsened: ['a'], improved: ['b'], newlyRated: ['d'], noLongerRated: ['e'] });
  });
});

describe('differingItems', () => {
  it('lists the items whose rating or comment differs between theirs and yours', () => {
    const theirs = review('r', '2026-01-01', [
      { itemId: 'a', rating: 1, comment: '' },
      { itemId: 'b', rating: 2, comment: 'x' },
      { itemId: 'c', rating: 3, comment: '' },
    ]);
    const yours = [
      { itemId: 'a', rating: 1, comment: '' },
      { itemId: 'b', rating: 2, comment: 'y' },
      { itemId: 'd', rating: 2, comment: '' },
    ];
    expect(differingItems(theirs, yours).map((d) => d.itemId)).toEqual(['b', 'c', 'd']);
  });
});

describe('formatMean and formatMeanChange', () => {
  it('write one decimal in the language, a dash for none, and the sign of a change', () => {
    expect([
      formatMean(2.25, 'en'),
      formatMean(null, 'zh'),
      formatMeanChange(0.4, 'en'),
      formatMeanChange(-0.25, 'en'),
      formatMeanChange(0, 'zh'),
    ]).toEqual(['2.3', '–', '+0.4', '−0.3', '±0.0']);
  });
});

describe('factorLabel', () => {
  it('names a key success factor by its number and name, in a language', () => {
    const factor = pack.key_success_factors?.[5];
    expect(factor && [factorLabel(factor, 'en'), factorLabel(factor, 'zh')]).toEqual([
      `6 ${factor?.name.en ?? ''}`,
      `6 ${factor?.name.zh ?? ''}`,
    ]);
  });
});
