import fc from 'fast-check';
import { loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { ragValues, reviewItems, type Rag } from './review-kinds.js';
import { factorRag, summariseReview, type RagCounts } from './review-summary.js';

const { scom } = await loadBundledPacks();
const ksfItems = reviewItems(scom, 'key-success-factors');
const counts = (red: number, amber: number, green: number, unrated: number): RagCounts => ({
  red,
  amber,
  green,
  unrated,
});
const rank = (rag: Rag | null) => (rag === null ? -1 : ragValues.indexOf(rag));

describe('factorRag', () => {
  it('is red when any statement is red', () => {
    expect(factorRag(counts(1, 0, 5, 2))).toBe('red');
  });
  it('is amber when none is red but one is amber or not rated', () => {
    expect(factorRag(counts(0, 1, 3, 0))).toBe('amber');
    expect(factorRag(counts(0, 0, 3, 1))).toBe('amber');
  });
  it('is green only when every statement is green', () => {
    expect(factorRag(counts(0, 0, 3, 0))).toBe('green');
  });
  it('is null when no statement is rated', () => {
    expect(factorRag(counts(0, 0, 0, 3))).toBeNull();
  });
});

describe('summariseReview', () => {
  it('counts the statements of a factor and its sub-factors by colour (hand-computed)', () => {
    // ksf-1: 1a (3 statements), 1b (2), 1c (3).
    const summary = summariseReview(scom, 'key-success-factors', [
      { itemId: 'ksf-1a-1', rating: 3 },
      { itemId: 'ksf-1a-2', rating: 3 },
      { itemId: 'ksf-1a-3', rating: 3 },
      { itemId: 'ksf-1b-1', rating: 2 },
      { itemId: 'ksf-1c-1', rating: 1 },
      { itemId: 'ksf-1c-2', rating: 3 },
    ]);
    const factor = summary.factors.find((f) => f.factorId === 'ksf-1');
    expect(factor?.counts).toEqual(counts(1, 1, 4, 2));
    expect(factor?.rag).toBe('red');
    expect(factor?.subfactors.map((s) => [s.subfactorId, s.rag])).toEqual([
      ['ksf-1a', 'green'],
      ['ksf-1b', 'amber'],
      ['ksf-1c', 'red'],
    ]);
    expect(summary.factors.find((f) => f.factorId === 'ksf-2')?.rag).toBeNull();
    expect(summary.rated).toBe(6);
    expect(summary.unrated).toBe(ksfItems.length - 6);
    expect(summary.distribution).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 1 },
      { value: 3, count: 4 },
    ]);
    expect(summary.mean).toBe(2.5);
  });

  it('gives procurement the mean position over the rated rows, two decimals, and no factors', () => {
    const summary = summariseReview(scom, 'procurement', [
      { itemId: 'procurement-1', rating: 1 },
      { itemId: 'procurement-2', rating: 2 },
      { itemId: 'procurement-3', rating: 2 },
    ]);
    expect(summary.mean).toBe(1.67);
    expect(summary.items).toBe(16);
    expect(summary.unrated).toBe(13);
    expect(summary.factors).toEqual([]);
    expect(summary.distribution.map((d) => d.count)).toEqual([1, 2, 0, 0, 0]);
  });

  it('has no mean when nothing is rated and leaves out items the pack does not have', () => {
    const summary = summariseReview(scom, 'governance', [{ itemId: 'retired-change', rating: 4 }]);
    expect(summary.mean).toBeNull();
    expect(summary.rated).toBe(0);
  });

  const ksfRatings = fc
    .array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), {
      minLength: ksfItems.length,
      maxLength: ksfItems.length,
    })
    .map((values) =>
      ksfItems.flatMap((item, i) => {
        const rating = values[i];
        return rating === undefined ? [] : [{ itemId: item.id, rating }];
      }),
    );

  it('never makes a factor redder when a statement turns greener (monotone)', () => {
    fc.assert(
      fc.property(ksfRatings, fc.nat(), fc.integer({ min: 1, max: 2 }), (ratings, pick, step) => {
        if (ratings.length === 0) return;
        const i = pick % ratings.length;
        const target = ratings[i];
        if (!target || target.rating === 3) return;
        const greener = ratings.map((r, j) =>
          j === i ? { ...r, rating: Math.min(3, r.rating + step) } : r,
        );
        const before = summariseReview(scom, 'key-success-factors', ratings);
        const after = summariseReview(scom, 'key-success-factors', greener);
        before.factors.forEach((f, k) => {
          expect(rank(after.factors[k]?.rag ?? null)).toBeGreaterThanOrEqual(rank(f.rag));
          f.subfactors.forEach((s, l) => {
            expect(rank(after.factors[k]?.subfactors[l]?.rag ?? null)).toBeGreaterThanOrEqual(
              rank(s.rag),
            );
          });
        });
      }),
    );
  });

  it('counts every statement of a factor exactly once, and its sub-factors add up to it', () => {
    fc.assert(
      fc.property(ksfRatings, (ratings) => {
        const summary = summariseReview(scom, 'key-success-factors', ratings);
        for (const factor of summary.factors) {
          const total = (c: RagCounts) => c.red + c.amber + c.green + c.unrated;
          const statements = ksfItems.filter((i) => i.factorId === factor.factorId).length;
          expect(total(factor.counts)).toBe(statements);
          for (const key of ['red', 'amber', 'green', 'unrated'] as const)
            expect(factor.subfactors.reduce((sum, s) => sum + s.counts[key], 0)).toBe(
              factor.counts[key],
            );
        }
        expect(summary.distribution.reduce((sum, d) => sum + d.count, 0)).toBe(summary.rated);
        expect(summary.rated + summary.unrated).toBe(summary.items);
      }),
    );
  });

  it('does not depend on the order the ratings are given in', () => {
    const listAndShuffled = ksfRatings.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(listAndShuffled, ([list, shuffled]) => {
        expect(summariseReview(scom, 'key-success-factors', shuffled)).toEqual(
          summariseReview(scom, 'key-success-factors', list),
        );
      }),
    );
  });
});
