import type { LocalizedText, ModelIndex, Source } from '@citymaturity/model';
import type { Priority } from '../guidance/priorities.js';
import type { StrengthsAndWeaknesses } from '../guidance/strengths-and-weaknesses.js';
import type { Rollup } from '../scoring/rollup.js';
import type { ElapsedFlag, PlanRealisation, RealisationStatus } from './plan-realisation.js';

/** Where a city is in one stage of its improvement cycle. */
export const improvementStageStatuses = ['not-started', 'in-progress', 'done'] as const;
export type ImprovementStageStatus = (typeof improvementStageStatuses)[number];

/** A feature of the platform a city uses at a stage of its improvement cycle. */
export type PlatformFeatureId =
  | 'model'
  | 'report'
  | 'assessment'
  | 'results'
  | 'verification'
  | 'priorities'
  | 'operating-model-guidance'
  | 'workshop'
  | 'next-level-criteria'
  | 'supporting-standards'
  | 'plan-realisation'
  | 'trend';

/** What a feature is and where the API serves it. */
export interface PlatformFeature {
  name: LocalizedText;
  description: LocalizedText;
  /**
   * The API path that serves it, with `{organisationId}`, `{assessmentId}` and `{modelId}` to fill
   * in (the web app has a page for each).
   */
  path: string;
}

const assessmentPath = '/api/v1/organisations/{organisationId}/assessments/{assessmentId}';

/** The platform's features that serve the improvement cycle, in both languages. */
export const platformFeatures: Readonly<Record<PlatformFeatureId, PlatformFeature>> = {
  model: {
    name: { zh: '成熟度模型', en: 'The maturity model' },
    description: {
      zh: '模型的维度、特征和各级别标准，供与高层管理者共同研读',
      en: 'The dimensions, characteristics and criteria of every level, to go through with senior leaders',
    },
    path: '/api/v1/models/{modelId}',
  },
  report: {
    name: { zh: '评估报告（PDF）', en: 'Assessment report (PDF)' },
    description: {
      zh: '向领导层汇报的评估结果、优势与不足、优先事项',
      en: 'The results, strengths and weaknesses and priorities, to present to the leadership',
    },
    path: `${assessmentPath}/report.pdf`,
  },
  assessment: {
    name: { zh: '评估', en: 'The assessment' },
    description: {
      zh: '按模型的32个特征评估现在水平和2年规划水平',
      en: 'Rate the current level and the level planned in two years of every characteristic',
    },
    path: assessmentPath,
  },
  results: {
    name: { zh: '评估结果', en: 'Results' },
    description: {
      zh: '各特征和各维度的水平、优势与不足、差距',
      en: 'Levels of every characteristic and roll-up, strengths and weaknesses, gaps',
    },
    path: `${assessmentPath}/results`,
  },
  verification: {
    name: { zh: '完整性验证', en: 'Verification' },
    description: {
      zh: '证明基准线评估自提交以来未被改动',
      en: 'Shows that the baseline has not changed since it was submitted',
    },
    path: `${assessmentPath}/verification`,
  },
  priorities: {
    name: { zh: '优先事项', en: 'Priorities' },
    description: {
      zh: '按规划差距排序的待提升特征，据此设定具体目标',
      en: 'The characteristics to improve, largest planned gap first, to set specific targets',
    },
    path: `${assessmentPath}/results`,
  },
  'operating-model-guidance': {
    name: { zh: 'ISO 37106 指南', en: 'ISO 37106 guidance' },
    description: {
      zh: '每个优先事项对应的智慧城市运行模型组成部分及其建议',
      en: 'The smart city operating model components and recommendations for each priority',
    },
    path: `${assessmentPath}/results`,
  },
  workshop: {
    name: { zh: '共识研讨会', en: 'Consensus workshop' },
    description: {
      zh: '相关方共同商定各特征的水平和目标',
      en: 'Stakeholders agree together on the level and target of every characteristic',
    },
    path: `${assessmentPath}/workshop`,
  },
  'next-level-criteria': {
    name: { zh: '下一级别标准', en: 'Next-level criteria' },
    description: {
      zh: '每个优先事项达到下一级别需要满足的标准',
      en: 'What each priority must meet to reach its next level',
    },
    path: `${assessmentPath}/results`,
  },
  'supporting-standards': {
    name: { zh: '支撑标准', en: 'Supporting standards' },
    description: {
      zh: '附录 B 的支撑标准和表 3 中帮助城市提升的文件',
      en: 'The supporting standards of Annex B and the documents of table 3 that help a city improve',
    },
    path: '/api/v1/models/{modelId}',
  },
  'plan-realisation': {
    name: { zh: '规划实现情况', en: 'Plan realisation' },
    description: {
      zh: '上一周期规划的2年水平是否已经达到',
      en: 'Whether the levels planned at the previous cycle were reached',
    },
    path: `${assessmentPath}/plan-realisation`,
  },
  trend: {
    name: { zh: '历次评估趋势', en: 'Trend over the cycles' },
    description: {
      zh: '各特征和各维度在历次评估中的变化',
      en: 'How every characteristic and roll-up changed from one assessment to the next',
    },
    path: '/api/v1/organisations/{organisationId}/cycles',
  },
};

/**
 * The platform features that serve each stage of the improvement cycle, by the stage's id in the
 * model pack (the five stages of ISO 37104 that ISO/TS 37107 5.2 names; what the model does at
 * each is the pack's `how_the_model_helps`). A pack whose stages have other ids keeps its own
 * names and descriptions and gets no features until they are added here.
 */
export const stageFeatures: Readonly<Record<string, readonly PlatformFeatureId[]>> = {
  // "Use the model with senior leaders to gain understanding and support."
  commitment: ['model', 'report'],
  // "Understand current strengths and weaknesses, and the key gaps."
  'baseline-assessment': ['assessment', 'results', 'verification'],
  // "Set current priorities and specific targets, and secure agreement among stakeholders."
  'strategy-definition': ['priorities', 'operating-model-guidance', 'workshop'],
  // "Support the implementation of relevant standards and tools and the adoption of best practice."
  'action-planning-and-delivery': ['next-level-criteria', 'supporting-standards'],
  // "Assess overall progress against the plan, for continuous monitoring and long-term evaluation."
  'performance-evaluation-and-improvement': ['plan-realisation', 'trend'],
};

/** What has been recorded about one stage of a cycle. */
export interface ImprovementStageRecord {
  status: ImprovementStageStatus;
  notes: string;
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
}

/** What the assessment says that a feature of a stage shows (for a glance; the feature has the rest). */
export interface FeatureSummaries {
  results?: {
    overall: { current: number | null; target: number | null; gap: number | null };
    strengths: string[];
    weaknesses: string[];
  };
  priorities?: { characteristicId: string; current: number; target: number; gap: number }[];
  'operating-model-guidance'?: { components: string[] };
  'next-level-criteria'?: { characteristicId: string; nextLevel: number }[];
  'supporting-standards'?: { documents: { id: string; designation: string }[] };
  'plan-realisation'?: {
    previous: { assessmentId: string; date: string } | null;
    counts: Record<RealisationStatus, number> | null;
    elapsedFlag: ElapsedFlag | null;
  };
  trend?: { cycles: number };
}

/** A stage of the improvement cycle of one assessment, with what the model offers at it. */
export interface ImprovementStage extends ImprovementStageRecord {
  id: string;
  number: number;
  name: LocalizedText;
  /** How the model helps at this stage (the pack's wording). */
  description: LocalizedText;
  source: Source;
  features: StageFeature[];
}

/** A feature of the platform at a stage: what it is, where, and what it shows for this assessment. */
export interface StageFeature extends PlatformFeature {
  id: PlatformFeatureId;
  /** False when this assessment cannot use it (e.g. a workshop for an assessment of another method). */
  available: boolean;
  summary?: FeatureSummaries[keyof FeatureSummaries];
}

/** How many priorities a summary names. */
export const summaryLength = 5;

/** What the summaries of the features are made from. */
export interface SummaryInput {
  model: ModelIndex;
  overall: Pick<Rollup, 'current' | 'target' | 'gap'>;
  standouts: StrengthsAndWeaknesses;
  priorities: readonly Priority[];
  /** The plan realisation against the previous cycle; null when there is none. */
  planRealisation: PlanRealisation | null;
  /** The number of cycles of the organisation. */
  cycles: number;
}

/** The summaries of the features, from the assessment's score and its cycle. */
export function featureSummaries(input: SummaryInput): FeatureSummaries {
  const top = input.priorities.slice(0, summaryLength);
  const components = [...new Set(top.flatMap((p) => p.guidance.components.map((c) => c.code)))];
  const realisation = input.planRealisation;
  return {
    results: {
      overall: {
        current: input.overall.current,
        target: input.overall.target,
        gap: input.overall.gap,
      },
      strengths: input.standouts.strengths.map((s) => s.characteristic),
      weaknesses: input.standouts.weaknesses.map((s) => s.characteristic),
    },
    priorities: top.map((p) => ({
      characteristicId: p.characteristic,
      current: p.current,
      target: p.target,
      gap: p.gap,
    })),
    'operating-model-guidance': { components },
    'next-level-criteria': top.flatMap((p) =>
      p.guidance.nextLevel === null
        ? []
        : [{ characteristicId: p.characteristic, nextLevel: p.guidance.nextLevel }],
    ),
    'supporting-standards': {
      documents: (input.model.pack.improvement_documents ?? []).map((d) => ({
        id: d.id,
        designation: d.designation,
      })),
    },
    'plan-realisation': {
      previous: realisation
        ? { assessmentId: realisation.previous.assessmentId, date: realisation.previous.date }
        : null,
      counts: realisation?.counts ?? null,
      elapsedFlag: realisation?.elapsed.flag ?? null,
    },
    trend: { cycles: input.cycles },
  };
}

const notStarted: ImprovementStageRecord = {
  status: 'not-started',
  notes: '',
  // Version 0: nothing recorded yet (the first save makes it 1).
  version: 0,
  updatedAt: null,
  updatedBy: null,
};

/**
 * The improvement cycle of one assessment: the pack's stages in order, each with what was recorded
 * about it (not started, version 0, when nothing was), how the model helps at it and the platform
 * features that serve it (with their summaries when given; those in `unavailable` marked so).
 * Records of stages the pack does not have are left out.
 */
export function improvementCycle(
  model: ModelIndex,
  records: Readonly<Record<string, ImprovementStageRecord | undefined>>,
  summaries: FeatureSummaries = {},
  unavailable: readonly PlatformFeatureId[] = [],
): ImprovementStage[] {
  return [...(model.pack.improvement_stages ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((stage) => ({
      id: stage.id,
      number: stage.number,
      name: stage.name,
      description: stage.how_the_model_helps,
      source: stage.source,
      ...(records[stage.id] ?? notStarted),
      features: (stageFeatures[stage.id] ?? []).map((id): StageFeature => {
        const summary = id in summaries ? summaries[id as keyof FeatureSummaries] : undefined;
        return {
          id,
          ...platformFeatures[id],
          available: !unavailable.includes(id),
          ...(summary === undefined ? {} : { summary }),
        };
      }),
    }));
}

/** True when the model has a stage with this id. */
export function isImprovementStage(model: ModelIndex, stageId: string): boolean {
  return (model.pack.improvement_stages ?? []).some((s) => s.id === stageId);
}
