import fc from 'fast-check';
import { loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import {
  procurementItemId,
  programmeReviewKinds,
  ragOfRating,
  ratingLabel,
  reviewItems,
  reviewRatingIssues,
  reviewScales,
} from './review-kinds.js';

const { scom } = await loadBundledPacks();

describe('review kinds and their items', () => {
  it('rates every checklist statement of the nine key success factors, with its factor and sub-factor', () => {
    const items = reviewItems(scom, 'key-success-factors');
    const statements = (scom.key_success_factors ?? []).flatMap((f) =>
      f.subfactors.flatMap((s) => s.checklist.map((c) => c.id)),
    );
    expect(items.map((i) => i.id)).toEqual(statements);
    expect(items[0]).toMatchObject({ id: 'ksf-1a-1', factorId: 'ksf-1', subfactorId: 'ksf-1a' });
    expect(new Set(items.map((i) => i.factorId)).size).toBe(9);
  });

  it('rates every row of the procurement table as procurement-<number>, with both columns', () => {
    const items = reviewItems(scom, 'procurement');
    const rows = scom.procurement_transformation?.rows ?? [];
    expect(items.map((i) => i.id)).toEqual(rows.map((r) => procurementItemId(r.number)));
    expect(items[0]?.id).toBe('procurement-1');
    expect(items[0]?.traditional?.en).toBe(rows[0]?.traditional.en);
    expect(items[0]?.smart?.zh).toBe(rows[0]?.smart.zh);
  });

  it('rates every key governance change of the pack', () => {
    expect(reviewItems(scom, 'governance').map((i) => i.id)).toEqual(
      (scom.governance_changes ?? []).map((c) => c.id),
    );
    expect(reviewItems(scom, 'governance')[0]?.label.en).toBe('Stakeholder alignment');
  });

  it('has no items where the pack has no such list', () => {
    const bare = { ...scom, key_success_factors: undefined, governance_changes: undefined };
    expect(reviewItems(bare, 'key-success-factors')).toEqual([]);
    expect(reviewItems(bare, 'governance')).toEqual([]);
  });
});

describe('review scales', () => {
  it('rates key success factors 1 red, 2 amber, 3 green', () => {
    expect(reviewScales['key-success-factors'].values.map((v) => [v.value, v.id])).toEqual([
      [1, 'red'],
      [2, 'amber'],
      [3, 'green'],
    ]);
    expect([1, 2, 3, 4].map(ragOfRating)).toEqual(['red', 'amber', 'green', undefined]);
  });

  it('places procurement 1 traditional … 5 smart and governance 1 not begun … 4 embedded', () => {
    expect(reviewScales.procurement.max).toBe(5);
    expect(ratingLabel('procurement', 1)?.en).toBe('Traditional');
    expect(ratingLabel('procurement', 5)?.en).toBe('Smart');
    expect(reviewScales.governance.values.map((v) => v.id)).toEqual([
      'not-begun',
      'started',
      'in-place',
      'embedded',
    ]);
    expect(ratingLabel('governance', 5)).toBeUndefined();
  });

  it('words every value of every scale in Chinese and English', () => {
    for (const kind of programmeReviewKinds) {
      for (const v of reviewScales[kind].values) {
        expect(v.label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(v.label.en).toMatch(/^[A-Z]/);
      }
    }
  });
});

describe('reviewRatingIssues', () => {
  it('accepts ratings of items of the kind on its scale, some items left unrated', () => {
    expect(
      reviewRatingIssues(scom, 'key-success-factors', [
        { itemId: 'ksf-1a-1', rating: 1 },
        { itemId: 'ksf-9c-1', rating: 3 },
      ]),
    ).toEqual([]);
  });

  it('names an item of another kind as unknown', () => {
    expect(reviewRatingIssues(scom, 'governance', [{ itemId: 'ksf-1a-1', rating: 2 }])).toEqual([
      { index: 0, field: 'itemId', problem: 'unknown-item' },
    ]);
  });

  it('names the second rating of an item as a duplicate', () => {
    expect(
      reviewRatingIssues(scom, 'procurement', [
        { itemId: 'procurement-2', rating: 2 },
        { itemId: 'procurement-3', rating: 2 },
        { itemId: 'procurement-2', rating: 4 },
      ]),
    ).toEqual([{ index: 2, field: 'itemId', problem: 'duplicate' }]);
  });

  it("refuses ratings outside the kind's scale and ratings that are not whole", () => {
    expect(
      reviewRatingIssues(scom, 'key-success-factors', [
        { itemId: 'ksf-1a-1', rating: 4 },
        { itemId: 'ksf-1a-2', rating: 0 },
        { itemId: 'ksf-1a-3', rating: 2.5 },
      ]).map((i) => [i.index, i.field, i.problem]),
    ).toEqual([
      [0, 'rating', 'out-of-range'],
      [1, 'rating', 'out-of-range'],
      [2, 'rating', 'out-of-range'],
    ]);
    expect(
      reviewRatingIssues(scom, 'procurement', [{ itemId: 'procurement-1', rating: 5 }]),
    ).toEqual([]);
  });

  it('finds no issue in any set of distinct items rated on the scale, and one per rating off it', () => {
    const kindAndRatings = fc
      .constantFrom(...programmeReviewKinds)
      .chain((kind) =>
        fc.tuple(
          fc.constant(kind),
          fc.subarray(reviewItems(scom, kind).map((i) => i.id)),
          fc.array(fc.integer({ min: -3, max: 9 }), { minLength: 60, maxLength: 60 }),
        ),
      );
    fc.assert(
      fc.property(kindAndRatings, ([kind, ids, values]) => {
        const ratings = ids.map((itemId, i) => ({ itemId, rating: values[i] ?? 1 }));
        const { max } = reviewScales[kind];
        const off = ratings.filter((r) => r.rating < 1 || r.rating > max).length;
        const issues = reviewRatingIssues(scom, kind, ratings);
        expect(issues.length).toBe(off);
        expect(issues.every((i) => i.problem === 'out-of-range')).toBe(true);
      }),
    );
  });
});
