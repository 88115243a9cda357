import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';
import { roundTo } from './statistics/rounding.js';
import { pairwiseOrdinalAlpha } from './test-support/pairwise-alpha.js';
import { scenario } from './test-support/scenario.js';
import { tinyModel, tinyOperatingModel } from './test-support/tiny-packs.js';

const model = tinyModel();
const score = scoreAssessment({ respondents: scenario }, model, {
  operatingModel: tinyOperatingModel(),
});

describe('scoreAssessment: characteristics', () => {
  it('describes the current level over respondents (1.1.1: ratings 1, 2, 4, 4)', () => {
    // median (2+4)/2 = 3; mean 11/4 = 2.75; Q1 = 1.75, Q3 = 4 → IQR 2.25; within 1 of 3: 2, 4, 4 → 0.75
    expect(score.characteristics['1.1.1']?.current).toEqual({
      n: 4,
      unknown: 0,
      missing: 0,
      median: 3,
      mean: 2.75,
      min: 1,
      max: 4,
      distribution: { '1': 1, '2': 1, '3': 0, '4': 2, '5': 0 },
      iqr: 2.25,
      agreement: 0.75,
    });
  });

  it('gives the gap as target median minus current median (1.1.1: 3.5 − 3)', () => {
    expect(score.characteristics['1.1.1']?.gap).toBe(0.5);
  });

  it('leaves "unknown" out of the statistics and counts it (2.1: unknown, 2, 2, 1)', () => {
    expect(score.characteristics['2.1']?.current).toMatchObject({
      n: 3,
      unknown: 1,
      missing: 0,
      median: 2,
    });
  });

  it('counts a characteristic a respondent skipped as missing (1.2.1: r4 skipped it)', () => {
    expect(score.characteristics['1.2.1']?.current).toMatchObject({
      n: 3,
      unknown: 0,
      missing: 1,
      median: 3,
    });
  });
});

describe('scoreAssessment: roll-ups (mean of characteristic medians, one decimal)', () => {
  it('rolls up a sub-dimension (1.1: current medians 3 and 2, target 3.5 and 3)', () => {
    expect(score.subdimensions['1.1']).toMatchObject({
      current: 2.5,
      target: 3.3,
      gap: 0.8,
      characteristics: 2,
    });
  });

  it('names the weakest characteristic of a roll-up', () => {
    expect(score.subdimensions['1.1']?.weakest).toEqual({ current: ['1.1.2'], target: ['1.1.2'] });
  });

  it('rolls up a dimension (1: current (3+2+3)/3 = 2.7, target (3.5+3+4)/3 = 3.5)', () => {
    expect(score.dimensions['1']).toMatchObject({ current: 2.7, target: 3.5, gap: 0.8 });
  });

  it('rolls up the groups of dimensions the pack defines', () => {
    expect(score.rollupGroups).toMatchObject({
      enablers: { current: 2.7 },
      purposes: { current: 2, target: 2, gap: 0 },
    });
  });

  it('rolls up the whole model (current (3+2+3+2)/4 = 2.5, target 12.5/4 = 3.125 → 3.1)', () => {
    expect(score.overall).toMatchObject({
      current: 2.5,
      target: 3.1,
      gap: 0.6,
      characteristics: 4,
    });
  });
});

describe('scoreAssessment: stakeholder groups', () => {
  it('describes each group apart (local government 1.1.1: ratings 1 and 2)', () => {
    expect(
      score.stakeholderGroups['local-government']?.characteristics?.['1.1.1']?.current.median,
    ).toBe(1.5);
  });

  it('counts respondents per group', () => {
    expect(score.respondents).toEqual({
      total: 4,
      withoutGroup: 0,
      byGroup: { 'local-government': 2, residents: 2 },
    });
  });

  it('flags characteristics where two group medians are 2 levels apart or more', () => {
    expect(score.divergence.map((d) => [d.characteristic, d.measure, d.spread])).toEqual([
      ['1.1.1', 'current', 2.5],
      ['1.2.1', 'current', 2.5],
      ['1.2.1', 'target', 2.5],
    ]);
  });

  it('reports the groups and medians of a divergence from low to high', () => {
    expect(score.divergence[0]).toMatchObject({
      groups: ['local-government', 'residents'],
      medians: { 'local-government': 1.5, residents: 4 },
      pairs: [['local-government', 'residents']],
    });
  });

  it('gives no statistics for a group below the minimum size, and never compares it', () => {
    const small = scoreAssessment({ respondents: scenario }, model, { minGroupSize: 3 });
    expect(small.stakeholderGroups.residents).toEqual({ respondents: 2, suppressed: true });
    expect(small.divergence).toEqual([]);
  });
});

describe('scoreAssessment: agreement and priorities', () => {
  it('gives Krippendorff alpha (ordinal) of current and target levels across respondents', () => {
    const matrix = (measure: 'current' | 'target') =>
      scenario.map((r) =>
        model.characteristics.map((c) => {
          const v = r.ratings[c.id]?.[measure];
          return typeof v === 'number' ? v : null;
        }),
      );
    expect(score.alpha).toEqual({
      current: roundTo(pairwiseOrdinalAlpha(matrix('current')) as number, 3),
      target: roundTo(pairwiseOrdinalAlpha(matrix('target')) as number, 3),
    });
  });

  it('orders priorities by largest gap, then lowest current level', () => {
    // gaps: 1.1.2 → 1 (current 2), 1.2.1 → 1 (current 3), 1.1.1 → 0.5; 2.1 has no gap
    expect(score.priorities.map((p) => [p.rank, p.characteristic, p.gap])).toEqual([
      [1, '1.1.2', 1],
      [2, '1.2.1', 1],
      [3, '1.1.1', 0.5],
    ]);
  });

  it('gives each priority the next level criteria and its ISO 37106 components', () => {
    const first = score.priorities[0]?.guidance;
    expect(first?.nextLevel).toBe(3);
    expect(first?.nextCriteria?.en).toBe('1.1.2 level 3');
    expect(first?.components.map((c) => c.code)).toEqual(['V1']);
  });
});
