import { scoreAssessment, type AssessmentScore, type RatingValue } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks, type ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  characteristicRows,
  dimensionRows,
  firstCitations,
  groupName,
  methodInfo,
  planFlags,
  summaryRows,
  unratedCharacteristics,
} from './rows.js';

let model: ModelIndex;
let score: AssessmentScore;

type Pair = readonly [RatingValue, RatingValue];

/** Two respondents rating everything [2, 3] except the characteristics given. */
function scoreWith(
  first: Readonly<Record<string, Pair>>,
  second: Readonly<Record<string, Pair>> = first,
): AssessmentScore {
  const respondent = (id: string, ratings: Readonly<Record<string, Pair>>) => ({
    id,
    ratings: Object.fromEntries(
      model.characteristics.map((c) => {
        const [current, target] = ratings[c.id] ?? [2, 3];
        return [c.id, { current, target }];
      }),
    ),
  });
  return scoreAssessment({ respondents: [respondent('a', first), respondent('b', second)] }, model);
}

beforeAll(async () => {
  model = indexMaturityModel((await loadBundledPacks()).mmssc);
  score = scoreWith(
    { '1.1.1': ['unknown', 'unknown'], '1.1.2': [4, 3], '1.2.1': [1, 5], '4.1': [2, 4] },
    { '1.1.1': ['unknown', 'unknown'], '1.1.2': [4, 3], '1.2.1': [1, 5], '4.1': [3, 4] },
  );
});

describe('summaryRows', () => {
  it('gives the overall result, then the smart enablers and the purposes', () => {
    const rows = summaryRows(score, model, 'en', 'Overall');
    expect(rows.map((r) => [r.id, r.name, r.dimensions])).toEqual([
      ['overall', 'Overall', []],
      ['smart-enablers', 'Smart enablers (dimensions 1–3)', ['1', '2', '3']],
      ['purposes', 'Sustainable city purposes (dimension 4)', ['4']],
    ]);
  });

  it('takes the figures from the score’s roll-ups', () => {
    const purposes = summaryRows(score, model, 'zh', '总体')[2];
    expect(purposes?.rollup).toBe(score.rollupGroups.purposes);
  });
});

describe('dimensionRows', () => {
  it('lists each dimension before its sub-dimensions, in model order', () => {
    const rows = dimensionRows(score, model, 'en');
    expect(rows.slice(0, 3).map((r) => [r.id, r.kind])).toEqual([
      ['1', 'dimension'],
      ['1.1', 'subdimension'],
      ['1.2', 'subdimension'],
    ]);
    expect(rows).toHaveLength(4 + 17);
  });

  it('names the weakest characteristics now, in the language', () => {
    const row = dimensionRows(score, model, 'en').find((r) => r.id === '1.2');
    expect(row?.weakest).toEqual([
      { id: '1.2.1', name: 'Integrated governance of city-wide transformation' },
    ]);
  });

  it('names no weakest characteristic for a roll-up of a single characteristic', () => {
    expect(dimensionRows(score, model, 'en').find((r) => r.id === '4.1')?.weakest).toEqual([]);
  });

  it('lists the characteristics without a median and leaves the figures empty when none has one', () => {
    const row = dimensionRows(score, model, 'en').find((r) => r.id === '1.1');
    expect([row?.unrated, row?.current, row?.target]).toEqual([['1.1.1'], 4, 3]);
  });
});

describe('characteristicRows', () => {
  it('gives the medians, the gap, the plan flag and the don’t-know answers', () => {
    const rows = characteristicRows(score, model, 'zh');
    const [first, second] = rows;
    expect([first?.current, first?.target, first?.gap, first?.unknown]).toEqual([
      null,
      null,
      null,
      { current: 2, target: 2 },
    ]);
    expect([second?.current, second?.target, second?.gap, second?.plan]).toEqual([
      4,
      3,
      -1,
      'target-below-current',
    ]);
  });

  it('gives the maturity-matrix cells of a half-level median', () => {
    const row = characteristicRows(score, model, 'en').find((r) => r.id === '4.1');
    expect(row?.cells.map((c) => c.symbol)).toEqual(['●', '●', '◐', '○', '']);
  });
});

describe('planFlags and unratedCharacteristics', () => {
  it('sorts the flagged characteristics by flag', () => {
    const flags = planFlags(characteristicRows(score, model, 'en'));
    expect([
      flags['target-below-current'].map((r) => r.id),
      flags['ambitious-target'].map((r) => r.id),
    ]).toEqual([['1.1.2'], ['1.2.1']]);
  });

  it('finds the characteristics without a median', () => {
    expect(unratedCharacteristics(characteristicRows(score, model, 'en')).map((r) => r.id)).toEqual(
      ['1.1.1'],
    );
  });
});

describe('methodInfo', () => {
  it('finds the evidence method and the length of the scale', () => {
    const info = methodInfo(model, 'facilitated-workshop');
    expect([info?.method.rank, info?.of, info?.method.relative_confidence]).toEqual([
      3,
      5,
      'medium',
    ]);
  });

  it('finds nothing for a method the pack does not describe', () => {
    expect(methodInfo(model, 'guesswork')).toBeUndefined();
  });
});

describe('firstCitations', () => {
  it('keeps the rank of the first priority citing each component', () => {
    const component = (code: string) => ({
      code,
      name: { zh: code, en: code },
      clause: '6',
      recommendations: [],
    });
    const priority = (rank: number, codes: string[]) => ({
      rank,
      guidance: { components: codes.map(component) },
    });
    const cited = firstCitations([
      priority(1, ['B1']),
      priority(2, ['B1', 'C1']),
    ] as unknown as Parameters<typeof firstCitations>[0]);
    expect([...cited]).toEqual([
      ['B1', 1],
      ['C1', 2],
    ]);
  });
});

describe('groupName', () => {
  it('names a standard group in the language and any other by its id', () => {
    expect([
      groupName('academia', 'zh'),
      groupName('residents', 'en'),
      groupName('x', 'en'),
    ]).toEqual(['学术界', 'Residents', 'x']);
  });
});
