import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { strengthsAndWeaknesses } from './strengths-and-weaknesses.js';

const model = tinyModel();
const respondent = (levels: Record<string, number>, id = 'r') => ({
  id,
  ratings: Object.fromEntries(
    Object.entries(levels).map(([c, l]) => [c, { current: l, target: l }]),
  ),
});

describe('strengthsAndWeaknesses', () => {
  it('lists characteristics at level 3 or more as strengths, best first', () => {
    const score = scoreAssessment(
      { respondents: [respondent({ '1.1.1': 3, '1.1.2': 5, '1.2.1': 2, '2.1': 1 })] },
      model,
    );
    expect(
      strengthsAndWeaknesses(model, score.characteristics).strengths.map((s) => s.characteristic),
    ).toEqual(['1.1.2', '1.1.1']);
  });

  it('lists characteristics at level 2 or less as weaknesses, worst first', () => {
    const score = scoreAssessment(
      { respondents: [respondent({ '1.1.1': 3, '1.1.2': 5, '1.2.1': 2, '2.1': 1 })] },
      model,
    );
    expect(
      strengthsAndWeaknesses(model, score.characteristics).weaknesses.map((s) => s.characteristic),
    ).toEqual(['2.1', '1.2.1']);
  });

  it('puts the better-agreed characteristic first among equal medians', () => {
    // 1.1.1: 4, 4 (agreement 1); 1.1.2: 3, 5 (median 4, agreement 1 within one level? |3-4|=1, |5-4|=1 → 1);
    // 1.2.1: 4, 4, and 2.1: 2, 5 → median 3.5, agreement 0 (|2-3.5| > 1, |5-3.5| > 1)
    const score = scoreAssessment(
      {
        respondents: [
          respondent({ '1.1.1': 4, '1.1.2': 3, '1.2.1': 4, '2.1': 2 }, 'a'),
          respondent({ '1.1.1': 4, '1.1.2': 5, '1.2.1': 4, '2.1': 5 }, 'b'),
        ],
      },
      model,
    );
    expect(
      strengthsAndWeaknesses(model, score.characteristics).strengths.map((s) => [
        s.characteristic,
        s.current,
        s.agreement,
      ]),
    ).toEqual([
      ['1.1.1', 4, 1],
      ['1.1.2', 4, 1],
      ['1.2.1', 4, 1],
      ['2.1', 3.5, 0],
    ]);
  });

  it('keeps at most the given number of each', () => {
    const score = scoreAssessment(
      { respondents: [respondent({ '1.1.1': 1, '1.1.2': 1, '1.2.1': 1, '2.1': 1 })] },
      model,
    );
    expect(strengthsAndWeaknesses(model, score.characteristics, 2).weaknesses).toHaveLength(2);
  });
});
