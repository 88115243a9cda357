import {
  indexMaturityModel,
  loadBundledPacks,
  type MaturityModelPack,
  type ModelIndex,
} from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRealisation, StatusCounts } from '../../api/cycles.js';
import {
  byDimension,
  countTotal,
  planRealisationQuotes,
  previousChoices,
  realisationBars,
} from './realisation-logic.js';

let model: ModelIndex;
beforeAll(async () => {
  model = indexMaturityModel((await loadBundledPacks()).mmssc);
});

const counts = (reached: number, notReached: number): StatusCounts => ({
  reached,
  partly: 0,
  'not-reached': notReached,
  'fell-back': 0,
  'no-plan': 0,
  unknown: 0,
});

const ref = {
  status: 'submitted' as const,
  provisional: false,
  model: { id: 'mmssc', version: '1.0.0' },
};

function plan(): PlanRealisation {
  const characteristics = model.characteristics.map((c) => ({
    characteristicId: c.id,
    dimensionId: c.dimensionId,
    subdimensionId: c.subdimensionId,
    status: 'reached' as const,
    previous: { current: 2, target: 3 },
    now: { current: 3, target: 4 },
    plannedRise: 1,
    achievedRise: 1,
    shortfall: null,
  }));
  return {
    previous: {
      ...ref,
      assessmentId: 'p',
      date: '2024-03-01',
      title: 'P',
      method: 'single-stakeholder',
    },
    current: {
      ...ref,
      assessmentId: 'c',
      date: '2026-03-01',
      title: 'C',
      method: 'single-stakeholder',
    },
    previousChosen: 'default',
    elapsed: { days: 730, months: 24, flag: 'as-planned' },
    characteristics,
    counts: counts(30, 2),
    byDimension: { '1': counts(10, 2), '2': counts(8, 0), '3': counts(6, 0), '4': counts(6, 0) },
    notReached: [],
    notCompared: [],
  };
}

describe('realisationBars', () => {
  it('gives a bar for all characteristics, then one per dimension of the model', () => {
    const bars = realisationBars(plan(), model, 'en', 'All');
    expect(
      bars.map((b) => [b.label.split(' ')[0], b.counts.reached, b.counts['not-reached']]),
    ).toEqual([
      ['All', 30, 2],
      ['1', 10, 2],
      ['2', 8, 0],
      ['3', 6, 0],
      ['4', 6, 0],
    ]);
  });
});

describe('countTotal', () => {
  it('adds the counts of every status', () => {
    expect(countTotal(counts(30, 2))).toBe(32);
  });
});

describe('byDimension', () => {
  it('groups the characteristics by dimension in model order', () => {
    const groups = byDimension(plan(), model);
    expect([
      groups.map((g) => g.dimensionId),
      groups.reduce((n, g) => n + g.rows.length, 0),
      groups[0]?.rows[0]?.characteristicId,
    ]).toEqual([['1', '2', '3', '4'], model.characteristics.length, '1.1.1']);
  });
});

describe('previousChoices', () => {
  const cycles = [
    { assessmentId: 'a', date: '2022-03-01' },
    { assessmentId: 'b', date: '2024-03-01' },
    { assessmentId: 'c', date: '2026-03-01' },
    { assessmentId: 'd', date: '2026-11-01' },
  ];

  it('offers the earlier assessments, newest first, never the assessment itself or a later one', () => {
    expect(
      previousChoices(cycles, { assessmentId: 'c', date: '2026-03-01' }).map((c) => c.assessmentId),
    ).toEqual(['b', 'a']);
  });

  it('offers nothing for the first cycle', () => {
    expect(previousChoices(cycles, { assessmentId: 'a', date: '2022-03-01' })).toEqual([]);
  });
});

describe('planRealisationQuotes', () => {
  it("reads the standard's sentence from the pack, with its clause and document", () => {
    const [first] = planRealisationQuotes(model.pack);
    expect(first?.quote.text.zh).toBe(
      '这两方面的评估可以评估当前的优势和劣势，也评价了现有改进计划中存在的问题。',
    );
    expect([first?.quote.source.ref, first?.designation]).toEqual([
      '5.1',
      'GB/T XXXXX—XXXX (ISO/TS 37107:2019, IDT)',
    ]);
  });

  it('quotes nothing for a pack that quotes nothing', () => {
    const pack: MaturityModelPack = {
      ...model.pack,
      improvement_stages: model.pack.improvement_stages?.map((stage) => ({
        ...stage,
        quotes: [],
      })),
    };
    expect(planRealisationQuotes(pack)).toEqual([]);
  });
});
