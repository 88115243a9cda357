import {
  indexMaturityModel,
  loadBundledPacks,
  type BundledPacks,
  type ModelIndex,
} from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { strengthsAndWeaknesses } from '../guidance/strengths-and-weaknesses.js';
import { scoreAssessment } from '../score-assessment.js';
import { scoredCycle } from '../test-support/cycles.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import {
  featureSummaries,
  improvementCycle,
  isImprovementStage,
  platformFeatures,
  stageFeatures,
} from './improvement-stages.js';
import { planRealisation } from './plan-realisation.js';

let packs: BundledPacks;
let model: ModelIndex;
beforeAll(async () => {
  packs = await loadBundledPacks();
  model = indexMaturityModel(packs.mmssc);
});

describe('improvementCycle with the bundled MMSSC pack', () => {
  it("lists the pack's five stages in order, with their names and what the model does at each", () => {
    const stages = improvementCycle(model, {});
    expect(stages.map((s) => [s.number, s.id, s.name.en])).toEqual([
      [1, 'commitment', 'Commitment'],
      [2, 'baseline-assessment', 'Baseline assessment'],
      [3, 'strategy-definition', 'Strategy definition'],
      [4, 'action-planning-and-delivery', 'Action planning and delivery'],
      [
        5,
        'performance-evaluation-and-improvement',
        'Performance evaluation and continuous improvement',
      ],
    ]);
    expect(stages[0]?.description).toEqual(
      packs.mmssc.improvement_stages?.[0]?.how_the_model_helps,
    );
  });

  it('gives every stage of the pack at least one platform feature', () => {
    expect(
      (packs.mmssc.improvement_stages ?? [])
        .filter((s) => (stageFeatures[s.id] ?? []).length === 0)
        .map((s) => s.id),
    ).toEqual([]);
  });

  it('maps the stages to the features that serve them', () => {
    expect(improvementCycle(model, {}).map((s) => s.features.map((f) => f.id))).toEqual([
      ['model', 'report'],
      ['assessment', 'results', 'verification'],
      ['priorities', 'operating-model-guidance', 'workshop'],
      ['next-level-criteria', 'supporting-standards'],
      ['plan-realisation', 'trend'],
    ]);
  });

  it('shows a stage nothing was recorded about as not started, at version 0', () => {
    expect(improvementCycle(model, {})[1]).toMatchObject({
      status: 'not-started',
      notes: '',
      version: 0,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('shows what was recorded about a stage', () => {
    const record = {
      status: 'done' as const,
      notes: 'Council approved',
      version: 3,
      updatedAt: '2026-11-01T10:00:00.000Z',
      updatedBy: { id: 'u1', displayName: 'Mayor' },
    };
    expect(improvementCycle(model, { commitment: record })[0]).toMatchObject(record);
  });

  it('leaves out records of stages the pack does not have', () => {
    const record = {
      status: 'done' as const,
      notes: '',
      version: 1,
      updatedAt: null,
      updatedBy: null,
    };
    expect(improvementCycle(model, { elsewhere: record }).map((s) => s.status)).toEqual(
      Array(5).fill('not-started'),
    );
  });

  it('marks the features the assessment cannot use', () => {
    const strategy = improvementCycle(model, {}, {}, ['workshop'])[2];
    expect(strategy?.features.map((f) => [f.id, f.available])).toEqual([
      ['priorities', true],
      ['operating-model-guidance', true],
      ['workshop', false],
    ]);
  });

  it('knows the stage ids of the pack', () => {
    expect([isImprovementStage(model, 'commitment'), isImprovementStage(model, 'other')]).toEqual([
      true,
      false,
    ]);
  });
});

describe('feature summaries', () => {
  it('sums up the results, the priorities and their guidance, the documents and the plan', () => {
    const ratings = Object.fromEntries(
      model.characteristics.map((c, i) => [c.id, [(i % 4) + 1, Math.min(5, (i % 4) + 2)] as const]),
    );
    const score = scoreAssessment(
      {
        respondents: [
          {
            id: 'r',
            ratings: Object.fromEntries(
              Object.entries(ratings).map(([id, [current, target]]) => [id, { current, target }]),
            ),
          },
        ],
      },
      model,
      { operatingModel: packs.scom },
    );
    const previous = scoredCycle(model, 'P', '2024-11-01', ratings);
    const current = scoredCycle(model, 'C', '2026-11-01', ratings);
    const summaries = featureSummaries({
      model,
      overall: score.overall,
      standouts: strengthsAndWeaknesses(model, score.characteristics),
      priorities: score.priorities,
      planRealisation: planRealisation(previous, current),
      cycles: 2,
    });
    expect(summaries.results?.overall).toEqual({
      current: score.overall.current,
      target: score.overall.target,
      gap: score.overall.gap,
    });
    expect(summaries.priorities).toHaveLength(5);
    expect(summaries['next-level-criteria']?.[0]).toEqual({
      characteristicId: score.priorities[0]?.characteristic,
      nextLevel: score.priorities[0]?.guidance.nextLevel,
    });
    expect(summaries['operating-model-guidance']?.components.length).toBeGreaterThan(0);
    expect(summaries['supporting-standards']?.documents.map((d) => d.id)).toEqual(
      (packs.mmssc.improvement_documents ?? []).map((d) => d.id),
    );
    expect(summaries['plan-realisation']).toMatchObject({
      previous: { assessmentId: 'P', date: '2024-11-01' },
      elapsedFlag: 'as-planned',
    });
    expect(summaries.trend).toEqual({ cycles: 2 });
  });

  it('puts each summary on its feature', () => {
    const stages = improvementCycle(model, {}, { trend: { cycles: 3 } });
    const trend = stages[4]?.features.find((f) => f.id === 'trend');
    expect(trend?.summary).toEqual({ cycles: 3 });
    expect(stages[4]?.features.find((f) => f.id === 'plan-realisation')?.summary).toBeUndefined();
  });
});

describe('platform features', () => {
  it('describes every feature in both languages with the API path that serves it', () => {
    for (const feature of Object.values(platformFeatures)) {
      expect(
        feature.name.zh && feature.name.en && feature.description.zh && feature.description.en,
      ).toBeTruthy();
      expect(feature.path).toMatch(/^\/api\/v1\//);
    }
  });

  it('gives a pack without stages an empty cycle', () => {
    expect(improvementCycle(tinyModel(), {})).toEqual([]);
  });
});
