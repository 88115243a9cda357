import fc from 'fast-check';
import { loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { changeBetween, orderReviews, reviewHistory } from './review-trend.js';

const { scom } = await loadBundledPacks();

const march = {
  id: 'r2',
  reviewedOn: '2026-03-01',
  ratings: [
    { itemId: 'ksf-2a-1', rating: 3 },
    { itemId: 'ksf-2b-1', rating: 1 },
  ],
};
const january = {
  id: 'r1',
  reviewedOn: '2026-01-15',
  ratings: [
    { itemId: 'ksf-2a-1', rating: 1 },
    { itemId: 'ksf-2b-1', rating: 2 },
    { itemId: 'ksf-2b-2', rating: 2 },
  ],
};

describe('changeBetween', () => {
  it('is improved, worsened or same on the ordered scale, null when either is missing', () => {
    expect(changeBetween(1, 3)).toBe('improved');
    expect(changeBetween(3, 2)).toBe('worsened');
    expect(changeBetween(2, 2)).toBe('same');
    expect(changeBetween(null, 2)).toBeNull();
    expect(changeBetween(2, null)).toBeNull();
  });
});

describe('reviewHistory', () => {
  const history = reviewHistory(scom, 'key-success-factors', [march, january]);

  it('orders the reviews by date, the first without changes', () => {
    expect(history.reviews.map((r) => r.reviewId)).toEqual(['r1', 'r2']);
    expect(history.reviews[0]?.changes).toBeNull();
    expect(history.reviews[1]?.changes?.previousReviewId).toBe('r1');
  });

  it('gives the change of every statement since the previous review', () => {
    const items = history.reviews[1]?.changes?.items ?? [];
    const byId = Object.fromEntries(items.map((i) => [i.itemId, i]));
    expect(byId['ksf-2a-1']).toEqual({
      itemId: 'ksf-2a-1',
      previous: 1,
      rating: 3,
      change: 'improved',
    });
    expect(byId['ksf-2b-1']?.change).toBe('worsened');
    expect(byId['ksf-2b-2']).toMatchObject({ previous: 2, rating: null, change: null });
    expect(history.reviews[1]?.changes?.counts).toEqual({ improved: 1, worsened: 1, same: 0 });
  });

  it("gives each factor's RAG series and its change", () => {
    // January: ksf-2 has a red (2a-1) → red; March: a red (2b-1) → red.
    expect(history.factorSeries['ksf-2']?.map((p) => p.rag)).toEqual(['red', 'red']);
    expect(history.reviews[1]?.changes?.factors.find((f) => f.factorId === 'ksf-2')).toEqual({
      factorId: 'ksf-2',
      previous: 'red',
      rag: 'red',
      change: 'same',
    });
    expect(history.factorSeries['ksf-1']?.map((p) => p.rag)).toEqual([null, null]);
    expect(Object.keys(history.factorSeries)).toHaveLength(9);
  });

  it('gives the series of means and the change of the mean', () => {
    expect(history.meanSeries.map((p) => p.mean)).toEqual([1.67, 2]);
    expect(history.reviews[1]?.changes?.meanChange).toBe(0.33);
  });

  it('orders reviews of the same day by when they were recorded, then by id', () => {
    const a = { id: 'b', reviewedOn: '2026-01-01', createdAt: '2026-01-01T09:00:00Z', ratings: [] };
    const b = { id: 'a', reviewedOn: '2026-01-01', createdAt: '2026-01-01T10:00:00Z', ratings: [] };
    const c = { id: 'c', reviewedOn: '2026-01-01', createdAt: '2026-01-01T10:00:00Z', ratings: [] };
    expect(orderReviews([c, b, a]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('has no factor series for the self-checks, and compares them item by item', () => {
    const governance = reviewHistory(scom, 'governance', [
      { id: 'g1', reviewedOn: '2025-01-01', ratings: [{ itemId: 'shared-resources', rating: 1 }] },
      { id: 'g2', reviewedOn: '2026-01-01', ratings: [{ itemId: 'shared-resources', rating: 3 }] },
    ]);
    expect(governance.factorSeries).toEqual({});
    expect(
      governance.reviews[1]?.changes?.items.find((i) => i.itemId === 'shared-resources')?.change,
    ).toBe('improved');
    expect(governance.reviews[1]?.changes?.meanChange).toBe(2);
  });

  it('does not depend on the order the reviews are given in', () => {
    const items = ['procurement-1', 'procurement-2', 'procurement-3'];
    const review = fc.record({
      id: fc.uuid(),
      reviewedOn: fc
        .integer({ min: 0, max: 3000 })
        .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
      ratings: fc
        .subarray(items)
        .chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(fc.integer({ min: 1, max: 5 }), {
              minLength: ids.length,
              maxLength: ids.length,
            }),
          ),
        )
        .map(([ids, values]) => ids.map((itemId, i) => ({ itemId, rating: values[i] ?? 1 }))),
    });
    const listAndShuffled = fc
      .uniqueArray(review, { selector: (r) => r.id, maxLength: 6 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(listAndShuffled, ([list, shuffled]) => {
        expect(reviewHistory(scom, 'procurement', shuffled)).toEqual(
          reviewHistory(scom, 'procurement', list),
        );
      }),
    );
  });
});
