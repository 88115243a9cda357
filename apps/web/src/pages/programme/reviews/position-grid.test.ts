import { contrastRatio, textColourOn } from '@citymaturity/charts';
import { describe, expect, it } from 'vitest';
import type { ReviewHistory } from '../../../api/programme-reviews.js';
import { positionFill, positionGridSpec } from './position-grid.js';

const history: Pick<ReviewHistory, 'reviews' | 'items' | 'scale'> = {
  scale: {
    min: 1,
    max: 4,
    values: [
      { value: 1, id: 'not-begun', label: { zh: '未开始', en: 'Not begun' } },
      { value: 2, id: 'started', label: { zh: '已起步', en: 'Started' } },
      { value: 3, id: 'in-place', label: { zh: '已到位', en: 'In place' } },
      { value: 4, id: 'embedded', label: { zh: '已融入日常', en: 'Embedded' } },
    ],
  },
  items: [
    { id: 'a', label: { zh: '甲', en: 'Alignment' } },
    { id: 'b', label: { zh: '乙', en: 'Budgets' } },
  ],
  reviews: [
    {
      id: 'r1',
      kind: 'governance',
      reviewedOn: '2026-02-01',
      reviewer: 'Li',
      notes: '',
      ratings: [{ itemId: 'a', rating: 2, comment: '' }],
      summary: {
        kind: 'governance',
        items: 2,
        rated: 1,
        unrated: 1,
        distribution: [],
        mean: 2,
        factors: [],
      },
      changes: null,
      version: 1,
      createdAt: '2026-02-01T00:00:00Z',
      updatedAt: '2026-02-01T00:00:00Z',
      updatedBy: null,
    },
  ],
};

const text = {
  notRated: 'not rated',
  reviewOf: (date: string) => `Review of ${date}`,
  description: 'Trend. {items}',
};

describe('positionGridSpec', () => {
  it('has a row per item and a column per review, the value and its words in each cell', () => {
    const spec = positionGridSpec(history, 'en', (i) => i.label.en, text);
    expect([spec.rows, spec.columns, spec.cells.map((c) => c.lines)]).toEqual([
      ['Alignment', 'Budgets'],
      ['Feb 1, 2026'],
      [['2', 'Started'], ['–']],
    ]);
  });

  it('describes every cell in words, "not rated" included', () => {
    expect(positionGridSpec(history, 'en', (i) => i.label.en, text).description).toBe(
      'Trend. Alignment: Feb 1, 2026 2 Started; Budgets: Feb 1, 2026 not rated',
    );
  });
});

describe('positionFill', () => {
  it('darkens from the first to the last value, the text legible on each (≥ 4.5:1)', () => {
    const fills = [1, 2, 3, 4, 5].map((v) => positionFill(v, 5));
    expect(new Set(fills).size).toBe(5);
    expect(fills.every((f) => contrastRatio(textColourOn(f), f) >= 4.5)).toBe(true);
  });
});
