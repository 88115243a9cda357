import { describe, expect, it } from 'vitest';
import { strengthsAndWeaknesses } from '../guidance/strengths-and-weaknesses.js';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { agreedConsensus, consensusProgress, officialLevels } from './official-levels.js';

const model = tinyModel();
const rater = (id: string, current: number, target: number) => ({
  id,
  ratings: Object.fromEntries(model.characteristics.map((c) => [c.id, { current, target }])),
});
// Three respondents: medians current 2, target 3 on every characteristic.
const respondents = [rater('a', 1, 2), rater('b', 2, 3), rater('c', 4, 5)];

describe('agreedConsensus', () => {
  it('is the agreed levels with rationale and dissent', () => {
    expect(agreedConsensus({ current: 3, target: 4, rationale: 'why' }, 5)).toEqual({
      current: 3,
      target: 4,
      rationale: 'why',
      dissent: '',
    });
  });

  it('accepts "unknown" as an agreed answer', () => {
    expect(agreedConsensus({ current: 'unknown', target: 2 }, 5)?.current).toBe('unknown');
  });

  it('is null for an item reopened for discussion (no levels)', () => {
    expect(agreedConsensus({ current: null, target: null, rationale: 'old' }, 5)).toBeNull();
  });

  it('is null when a level is outside the model', () => {
    expect(agreedConsensus({ current: 6, target: 4 }, 5)).toBeNull();
  });
});

describe('officialLevels', () => {
  it('are the medians without a consensus', () => {
    const score = scoreAssessment({ respondents }, model);
    expect(officialLevels(score.characteristics['1.1.1'])).toEqual({
      current: 2,
      target: 3,
      basis: 'ratings',
    });
  });

  it('are the agreed levels with a consensus', () => {
    const score = scoreAssessment(
      { respondents, consensus: { '1.1.1': { current: 4, target: 5 } } },
      model,
    );
    expect(officialLevels(score.characteristics['1.1.1'])).toEqual({
      current: 4,
      target: 5,
      basis: 'consensus',
    });
  });

  it('give no level for an agreed "unknown"', () => {
    const score = scoreAssessment(
      { respondents, consensus: { '2.1': { current: 'unknown', target: 3 } } },
      model,
    );
    expect(officialLevels(score.characteristics['2.1'])).toEqual({
      current: null,
      target: 3,
      basis: 'consensus',
    });
  });
});

describe('scoring with a consensus', () => {
  const score = scoreAssessment(
    {
      respondents,
      consensus: {
        '1.1.1': {
          current: 4,
          target: 4,
          rationale: 'Data platform live',
          dissent: 'Residents: 3',
        },
        '1.1.2': { current: 3, target: 1 },
        '1.2.1': { current: null, target: null, rationale: 'reopened' },
      },
    },
    model,
  );

  it('keeps the statistics of the individual ratings as evidence', () => {
    expect(score.characteristics['1.1.1']?.current.median).toBe(2);
  });

  it('carries the consensus with its rationale and dissent', () => {
    expect(score.characteristics['1.1.1']?.consensus).toEqual({
      current: 4,
      target: 4,
      rationale: 'Data platform live',
      dissent: 'Residents: 3',
    });
  });

  it('computes the gap from the agreed levels', () => {
    expect(score.characteristics['1.1.1']?.gap).toBe(0);
  });

  it('flags the plan of the agreed levels', () => {
    expect(score.characteristics['1.1.2']?.plan).toBe('target-below-current');
  });

  it('ignores a reopened item: the medians stay official', () => {
    expect(score.characteristics['1.2.1']?.consensus).toBeUndefined();
  });

  it('rolls up the agreed levels: sub-dimension 1.1 is the mean of 4 and 3', () => {
    expect(score.subdimensions['1.1']?.current).toBe(3.5);
  });

  it('ranks priorities on the agreed levels (no rise agreed for 1.1.1)', () => {
    expect(score.priorities.map((p) => p.characteristic)).toEqual(['1.2.1', '2.1']);
  });

  it('finds strengths on the agreed levels', () => {
    expect(strengthsAndWeaknesses(model, score.characteristics).strengths).toEqual([
      { characteristic: '1.1.1', current: 4, agreement: 0.667 },
      { characteristic: '1.1.2', current: 3, agreement: 0.667 },
    ]);
  });

  it('counts the agreed items', () => {
    expect(score.consensus).toEqual({ agreed: 2, total: 4 });
  });

  it('has no consensus progress without a consensus', () => {
    expect(scoreAssessment({ respondents }, model).consensus).toBeUndefined();
  });
});

describe('consensusProgress', () => {
  it('counts only characteristics of the model with both levels agreed', () => {
    expect(
      consensusProgress(model, {
        '1.1.1': { current: 2, target: 3 },
        '1.1.2': { current: 2, target: null },
        '9.9': { current: 2, target: 3 },
      }),
    ).toEqual({ agreed: 1, total: 4 });
  });
});
