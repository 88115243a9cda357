import type { ModelIndex, OperatingModelPack } from '@citymaturity/model';
import { prioritise, type Priority } from './guidance/priorities.js';
import {
  describeCharacteristics,
  type CharacteristicResult,
} from './scoring/characteristic-results.js';
import { findDivergence, type DivergenceFlag } from './scoring/divergence.js';
import {
  consensusProgress,
  withConsensus,
  type ConsensusLevels,
} from './scoring/official-levels.js';
import { rollUpModel, type Rollup } from './scoring/rollup.js';
import {
  tallyRatings,
  type CharacteristicTally,
  type ScorableRespondent,
} from './scoring/tally.js';
import { krippendorffAlpha } from './statistics/krippendorff-alpha.js';

/** What scoring needs of an assessment; the exchange format's documents satisfy it. */
export interface ScorableAssessment {
  respondents: readonly ScorableRespondent[];
  model?: string;
  city?: { name: string; name_en?: string | undefined };
  method?: string;
  date?: string;
  /**
   * The consensus of a facilitated workshop by characteristic id: when given, it is the official
   * result (roll-ups, gaps, priorities and strengths use the agreed levels) and the ratings are its
   * evidence.
   */
  consensus?: Readonly<Record<string, ConsensusLevels | undefined>>;
}

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions {
  /** The ISO 37106 pack, for the components in the priorities' guidance. */
  operatingModel?: OperatingModelPack;
  /**
   * A stakeholder group's statistics are given only when it has at least this many respondents,
   * so that nobody's answers can be singled out (default 1: every group is shown).
   */
  minGroupSize?: number;
}

/** The statistics of one stakeholder group. */
export interface StakeholderGroupResult {
  respondents: number;
  /** True when the group has fewer respondents than the minimum group size: no statistics given. */
  suppressed: boolean;
  characteristics?: Record<string, CharacteristicResult>;
}

/** The complete result of scoring an assessment. */
export interface AssessmentScore {
  model: { id: string; version: string };
  city?: { name: string; name_en?: string | undefined };
  method?: string;
  date?: string;
  respondents: { total: number; withoutGroup: number; byGroup: Record<string, number> };
  characteristics: Record<string, CharacteristicResult>;
  subdimensions: Record<string, Rollup>;
  dimensions: Record<string, Rollup>;
  rollupGroups: Record<string, Rollup>;
  overall: Rollup;
  stakeholderGroups: Record<string, StakeholderGroupResult>;
  divergence: DivergenceFlag[];
  /** Krippendorff's alpha (ordinal) across respondents, over all characteristics; null when undefined. */
  alpha: { current: number | null; target: number | null };
  priorities: Priority[];
  /** With a consensus (facilitated workshop): how many characteristics have an agreed item. */
  consensus?: { agreed: number; total: number };
}

/**
 * Scores an assessment against a maturity model: per-characteristic statistics of the current
 * and target levels, roll-ups, stakeholder-group statistics and divergence, agreement (alpha),
 * and the priorities with their guidance. With a workshop's consensus, the agreed levels are the
 * official result and the statistics of the ratings its evidence. Pure: no I/O, same input → same output, and the
 * order of respondents does not matter.
 */
export function scoreAssessment(
  assessment: ScorableAssessment,
  model: ModelIndex,
  options: ScoreOptions = {},
): AssessmentScore {
  const minGroupSize = options.minGroupSize ?? 1;
  const tallies = tallyRatings(assessment.respondents, model);
  const fromRatings = describeCharacteristics(tallies.overall, model);
  const characteristics = assessment.consensus
    ? withConsensus(model, fromRatings, assessment.consensus)
    : fromRatings;

  const stakeholderGroups: Record<string, StakeholderGroupResult> = {};
  const comparable = new Map<string, Record<string, CharacteristicResult>>();
  const byGroup: Record<string, number> = {};
  for (const [group, { respondents, tallies: groupTallies }] of [...tallies.groups].sort(
    ([a], [b]) => a.localeCompare(b),
  )) {
    byGroup[group] = respondents;
    if (respondents < minGroupSize) {
      stakeholderGroups[group] = { respondents, suppressed: true };
      continue;
    }
    const results = describeCharacteristics(groupTallies, model);
    stakeholderGroups[group] = { respondents, suppressed: false, characteristics: results };
    comparable.set(group, results);
  }

  return {
    model: { id: model.pack.meta.id, version: model.pack.meta.version },
    ...(assessment.city ? { city: assessment.city } : {}),
    ...(assessment.method ? { method: assessment.method } : {}),
    ...(assessment.date ? { date: assessment.date } : {}),
    respondents: {
      total: assessment.respondents.length,
      withoutGroup: tallies.respondentsWithoutGroup,
      byGroup,
    },
    characteristics,
    ...rollUpModel(model, characteristics),
    stakeholderGroups,
    divergence: findDivergence(
      model.characteristics.map((c) => c.id),
      comparable,
    ),
    alpha: {
      current: krippendorffAlpha(tallies.overall.map((t: CharacteristicTally) => t.current.counts)),
      target: krippendorffAlpha(tallies.overall.map((t: CharacteristicTally) => t.target.counts)),
    },
    priorities: prioritise(model, characteristics, options.operatingModel),
    ...(assessment.consensus ? { consensus: consensusProgress(model, assessment.consensus) } : {}),
  };
}
