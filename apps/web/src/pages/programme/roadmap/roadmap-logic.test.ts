import { describe, expect, it } from 'vitest';
import type { CharacteristicComparison, Roadmap } from '../../../api/programme-roadmap.js';
import {
  budgetOf,
  comparedCharacteristics,
  formatLevel,
  formatMoney,
  initiativeFieldTexts,
  initiativeFormValues,
  initiativeInputOf,
  phaseLabel,
  reachedOnlyAfterHorizon,
  roadmapGanttInput,
} from './roadmap-logic.js';

const roadmap: Roadmap = {
  phases: [
    { id: 'planning', number: 1, name: { zh: '规划', en: 'Planning' } },
    { id: 'initiation', number: 2, name: { zh: '起始', en: 'Initiation' } },
  ],
  initiatives: [],
  timeline: {
    phases: [
      { phaseId: 'planning', inPack: true, rows: [], span: null, budgets: [], quickWins: 0 },
      {
        phaseId: 'initiation',
        inPack: true,
        rows: [
          {
            initiativeId: 'a',
            title: 'Open data',
            startsOn: '2026-03-01',
            endsOn: '2027-06-30',
            days: 487,
            quickWin: true,
          },
        ],
        span: { startsOn: '2026-03-01', endsOn: '2027-06-30', days: 487 },
        budgets: [],
        quickWins: 1,
      },
      {
        phaseId: 'retired',
        inPack: false,
        rows: [
          {
            initiativeId: 'b',
            title: 'Old plan',
            startsOn: '2025-01-01',
            endsOn: '2025-02-01',
            days: 32,
            quickWin: false,
          },
        ],
        span: null,
        budgets: [],
        quickWins: 0,
      },
    ],
    span: null,
    budgets: [],
    unbudgeted: 0,
    quickWins: 1,
  },
  assessment: null,
  comparison: null,
};

const compared = (c: Partial<CharacteristicComparison>): CharacteristicComparison => ({
  characteristicId: '1.1.1',
  current: 2,
  target: 4,
  roadmapLevel: null,
  levelByHorizon: null,
  status: 'not-on-roadmap',
  alreadyReached: false,
  initiatives: [],
  ...c,
});

describe('phaseLabel', () => {
  it("names a phase by its number and the pack's name in the language", () => {
    expect([
      phaseLabel(roadmap, 'initiation', 'en'),
      phaseLabel(roadmap, 'planning', 'zh'),
    ]).toEqual(['2 · Initiation', '1 · 规划']);
  });

  it('keeps the id of a phase the pack no longer has', () => {
    expect(phaseLabel(roadmap, 'retired', 'en')).toBe('retired');
  });
});

describe('roadmapGanttInput', () => {
  it("gives one group per lane of the timeline, in the API's order, and its rows", () => {
    const input = roadmapGanttInput(roadmap, 'en', '2026-11-22', '2-year horizon');
    expect(input.groups?.map((g) => g.label)).toEqual([
      '1 · Planning',
      '2 · Initiation',
      'retired',
    ]);
    expect(input.rows).toEqual([
      {
        id: 'a',
        label: 'Open data',
        group: 'initiation',
        start: '2026-03-01',
        end: '2027-06-30',
        quickWin: true,
      },
      {
        id: 'b',
        label: 'Old plan',
        group: 'retired',
        start: '2025-01-01',
        end: '2025-02-01',
        quickWin: false,
      },
    ]);
    expect(input.today).toBe('2026-11-22');
  });

  it("draws the horizon only when there is an assessment's comparison", () => {
    expect(roadmapGanttInput(roadmap, 'en', '2026-11-22', 'H').horizon).toBeUndefined();
    const withComparison: Roadmap = {
      ...roadmap,
      comparison: {
        horizon: '2028-10-15',
        characteristics: [],
        counts: {
          matches: 0,
          'roadmap-below-target': 0,
          'roadmap-above-target': 0,
          'not-on-roadmap': 0,
          'roadmap-only': 0,
          'not-planned': 0,
        },
        initiativesBeyondHorizon: [],
        unknownCharacteristics: [],
      },
    };
    expect(roadmapGanttInput(withComparison, 'zh', '2026-11-22', '两年期限').horizon).toEqual({
      date: '2028-10-15',
      label: '两年期限',
    });
  });
});

describe('formatMoney', () => {
  it('writes an amount exactly, beyond the precision of a floating-point number', () => {
    expect(formatMoney('12345678901234.57', 'CNY', 'zh')).toBe('¥12,345,678,901,234.57');
  });

  it('writes the currency the way of the language', () => {
    expect(formatMoney('80000', 'EUR', 'en')).toBe('€80,000.00');
  });

  it('falls back to the amount and the code for a code Intl refuses', () => {
    expect(formatMoney('5.00', 'euro', 'en')).toBe('5.00 euro');
  });
});

describe('formatLevel', () => {
  it('writes whole levels, medians with one decimal, and a dash for none', () => {
    expect([formatLevel(3, 'en'), formatLevel(2.5, 'zh'), formatLevel(null, 'en')]).toEqual([
      '3',
      '2.5',
      '—',
    ]);
  });
});

describe('comparedCharacteristics', () => {
  const rows = [compared({ status: 'not-planned' }), compared({ characteristicId: '1.1.2' })];

  it('leaves out the characteristics nobody plans to raise when asked', () => {
    expect(comparedCharacteristics(rows, true).map((c) => c.characteristicId)).toEqual(['1.1.2']);
  });

  it('keeps them all otherwise', () => {
    expect(comparedCharacteristics(rows, false)).toHaveLength(2);
  });
});

describe('reachedOnlyAfterHorizon', () => {
  it('flags a target the roadmap reaches only with initiatives ending after the horizon', () => {
    expect(reachedOnlyAfterHorizon(compared({ roadmapLevel: 4, levelByHorizon: 3 }))).toBe(true);
    expect(reachedOnlyAfterHorizon(compared({ roadmapLevel: 4, levelByHorizon: null }))).toBe(true);
  });

  it('does not flag a target reached within the horizon, or never reached', () => {
    expect(reachedOnlyAfterHorizon(compared({ roadmapLevel: 4, levelByHorizon: 4 }))).toBe(false);
    expect(reachedOnlyAfterHorizon(compared({ roadmapLevel: 3, levelByHorizon: 3 }))).toBe(false);
  });
});

describe('budgetOf', () => {
  it('drops separators of thousands and keeps up to two decimals', () => {
    expect([budgetOf('1,250,000.5'), budgetOf(' 80 000 '), budgetOf('12，000.00')]).toEqual([
      '1250000.5',
      '80000',
      '12000.00',
    ]);
  });

  it('reads an empty budget as none', () => {
    expect(budgetOf('  ')).toBeNull();
  });

  it('refuses what is not an amount with at most two decimals', () => {
    expect([budgetOf('1.234'), budgetOf('-5'), budgetOf('ten')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('initiativeInputOf', () => {
  it('trims texts, reads the budget, upper-cases the currency and drops empty lifts', () => {
    const values = {
      ...initiativeFormValues(undefined, 'planning'),
      title: '  Open data  ',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      budget: '1,000.50',
      currency: 'eur',
      lifts: [
        { characteristicId: '1.1.1', targetLevel: 3 },
        { characteristicId: '', targetLevel: 3 },
      ],
    };
    expect(initiativeInputOf(values)).toEqual({
      phaseId: 'planning',
      title: 'Open data',
      description: '',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      owner: '',
      budget: '1000.50',
      currency: 'EUR',
      quickWin: false,
      componentCodes: [],
      lifts: [{ characteristicId: '1.1.1', targetLevel: 3 }],
    });
  });

  it('sends no budget for an empty one, and CNY when no currency is given', () => {
    const input = initiativeInputOf({
      ...initiativeFormValues(undefined, 'planning'),
      currency: '',
    });
    expect([input.budget, input.currency]).toEqual([null, 'CNY']);
  });
});

describe('initiativeFieldTexts', () => {
  it('words every field for the conflict table', () => {
    const texts = initiativeFieldTexts(
      {
        ...initiativeInputOf(initiativeFormValues(undefined, 'planning')),
        budget: '10.00',
        currency: 'CNY',
        quickWin: true,
        componentCodes: ['B7', 'C1'],
        lifts: [
          { characteristicId: '1.1.1', targetLevel: 3 },
          { characteristicId: '2.1.1', targetLevel: 4 },
        ],
      },
      {
        phase: (id) => `phase ${id}`,
        money: (amount, currency) => `${amount} ${currency}`,
        yes: 'yes',
        no: 'no',
        lift: (id, level) => `${id}→${String(level)}`,
      },
    );
    expect([
      texts.phaseId,
      texts.budget,
      texts.quickWin,
      texts.componentCodes,
      texts.lifts,
    ]).toEqual(['phase planning', '10.00 CNY', 'yes', 'B7, C1', '1.1.1→3\n2.1.1→4']);
  });
});
