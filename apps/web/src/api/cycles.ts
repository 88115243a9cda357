import type {
  ElapsedFlag,
  ImprovementStageStatus,
  PlatformFeatureId,
  RealisationStatus,
  TrendFlag,
  UnknownReason,
} from '@citymaturity/core';
import type { EvidenceMethodId, LocalizedText } from '@citymaturity/model';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { assessmentPath, organisationPath } from '../components/queries.js';
import { ApiError, api, get } from './client.js';

// Assessment cycles (see apps/server/src/http/cycles-schemas.ts): the trend over the organisation's
// assessments, the realisation of the previous cycle's plan and the five-stage improvement cycle.
// Query keys: ['cycles', o, includeDrafts], ['plan-realisation', o, a, previous, includeDrafts],
// ['improvement-cycle', o, a].

/** A level, or a roll-up of levels (mean, one decimal); null when there is none. */
export interface Levels {
  current: number | null;
  target: number | null;
}

/** How many characteristics a roll-up's means are taken over: those with a level, of all. */
export interface RatedCount {
  current: number;
  target: number;
  of: number;
}

export interface RollupLevels extends Levels {
  gap: number | null;
  rated: RatedCount;
}

/** The time between a cycle and the one before, against the two-year horizon of the plan. */
export interface Elapsed {
  days: number;
  months: number;
  flag: ElapsedFlag;
}

/** A cycle as the API names it. */
export interface CycleRef {
  assessmentId: string;
  date: string;
  status: 'draft' | 'submitted';
  /** A draft counted as a cycle: its levels may still change. */
  provisional: boolean;
  model: { id: string; version: string };
}

/** One cycle of the organisation (an assessment), with its roll-ups. */
export interface Cycle extends CycleRef {
  title: string;
  method: EvidenceMethodId;
  submittedAt: string | null;
  /** An external audit statement was issued on it. */
  audited: boolean;
  respondents: number;
  overall: RollupLevels;
  dimensions: Record<string, RollupLevels>;
  rollupGroups: Record<string, RollupLevels>;
  /** Since the previous cycle; null for the first. */
  elapsed: Elapsed | null;
}

/** A characteristic or roll-up in one cycle. */
export interface TrendPoint extends Levels {
  assessmentId: string;
  date: string;
  provisional: boolean;
  /** Since the previous cycle; null for the first cycle or when not comparable (see flags). */
  change: {
    since: string;
    current: number | null;
    target: number | null;
    /** Roll-ups across model versions: characteristics left out of the comparison. */
    leftOut: string[];
  } | null;
  flags: TrendFlag[];
}

export interface CharacteristicTrendPoint extends TrendPoint {
  basis: 'consensus' | 'ratings' | null;
}

/** A roll-up in one cycle, with the characteristics its means are taken over (null: not in the model). */
export interface RollupTrendPoint extends TrendPoint {
  rated: RatedCount | null;
}

/** GET …/cycles: the cycles oldest first; every series has one point per cycle, in that order. */
export interface Cycles {
  includeDrafts: boolean;
  cycles: Cycle[];
  trend: {
    characteristics: Record<string, CharacteristicTrendPoint[]>;
    subdimensions: Record<string, RollupTrendPoint[]>;
    dimensions: Record<string, RollupTrendPoint[]>;
    rollupGroups: Record<string, RollupTrendPoint[]>;
    overall: RollupTrendPoint[];
  };
  /** Assessments left out because their model is not installed on this server. */
  unscorable: { assessmentId: string; modelId: string }[];
}

/** A cycle compared in the plan realisation. */
export interface NamedCycle extends CycleRef {
  title: string;
  method: EvidenceMethodId;
}

/** One characteristic's plan (the previous cycle's target) against this cycle's level. */
export interface CharacteristicRealisation {
  characteristicId: string;
  dimensionId: string;
  subdimensionId: string;
  status: RealisationStatus;
  reason?: UnknownReason;
  previous: Levels;
  now: Levels;
  plannedRise: number | null;
  achievedRise: number | null;
  shortfall: number | null;
}

export type StatusCounts = Record<RealisationStatus, number>;

/** GET …/plan-realisation. */
export interface PlanRealisation {
  previous: NamedCycle;
  current: NamedCycle;
  previousChosen: 'default' | 'chosen';
  elapsed: Elapsed;
  /** Every characteristic of this cycle's model, in model order. */
  characteristics: CharacteristicRealisation[];
  counts: StatusCounts;
  byDimension: Record<string, StatusCounts>;
  /** Planned and not reached, largest shortfall first. */
  notReached: CharacteristicRealisation[];
  /** Characteristics of the previous cycle's model that this one does not have. */
  notCompared: string[];
}

/** The summaries the API gives with some features of a stage (see core's FeatureSummaries). */
export interface FeatureSummaries {
  results?: { overall: Omit<RollupLevels, 'rated'>; strengths: string[]; weaknesses: string[] };
  priorities?: { characteristicId: string; current: number; target: number; gap: number }[];
  'operating-model-guidance'?: { components: string[] };
  'next-level-criteria'?: { characteristicId: string; nextLevel: number }[];
  'supporting-standards'?: { documents: { id: string; designation: string }[] };
  'plan-realisation'?: {
    previous: { assessmentId: string; date: string } | null;
    counts: StatusCounts | null;
    elapsedFlag: ElapsedFlag | null;
  };
  trend?: { cycles: number };
}

/** A platform feature that serves a stage. */
export interface StageFeature {
  id: PlatformFeatureId;
  name: LocalizedText;
  description: LocalizedText;
  /** The API path that serves it. */
  path: string;
  /** False when this assessment cannot use it (e.g. a workshop of another method). */
  available: boolean;
  summary?: unknown;
}

/** A stage of the improvement cycle of one assessment. */
export interface ImprovementStage {
  id: string;
  number: number;
  name: LocalizedText;
  description: LocalizedText;
  source: { doc: string; ref: string };
  status: ImprovementStageStatus;
  notes: string;
  /** Send it back as `If-Match: "<version>"`; 0 when never saved. */
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
  features: StageFeature[];
}

/** GET …/improvement-cycle. */
export interface ImprovementCycle {
  assessment: {
    id: string;
    title: string;
    date: string;
    status: 'draft' | 'submitted';
    method: EvidenceMethodId;
  };
  stages: ImprovementStage[];
}

/** What a stage is saved with. */
export interface StageInput {
  status: ImprovementStageStatus;
  notes: string;
}

/** The stored stage of a refused save (412 `improvement-stage-conflict`), else undefined. */
export function conflictingStage(error: unknown): ImprovementStage | undefined {
  if (!(error instanceof ApiError) || error.code !== 'improvement-stage-conflict') return undefined;
  const current = error.details.current;
  return current && typeof current === 'object' ? (current as ImprovementStage) : undefined;
}

const noRetryOnRefusal = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

/** The organisation's cycles and trend (drafts too, flagged provisional, when asked for). */
export function useCycles(organisationId: string, includeDrafts: boolean) {
  return useQuery({
    queryKey: ['cycles', organisationId, includeDrafts],
    queryFn: () =>
      get<Cycles>(
        `${organisationPath(organisationId)}/cycles${includeDrafts ? '?includeDrafts=true' : ''}`,
      ),
    // Switching "include drafts" keeps the charts on screen until the other answer arrives.
    placeholderData: keepPreviousData,
    retry: noRetryOnRefusal,
  });
}

/** This assessment against the plan of the previous cycle (or of `previous`, when chosen). */
export function usePlanRealisation(
  organisationId: string,
  assessmentId: string,
  previous: string | undefined,
  includeDrafts: boolean,
) {
  const query = new URLSearchParams();
  if (previous) query.set('previous', previous);
  if (includeDrafts) query.set('includeDrafts', 'true');
  const search = query.toString();
  return useQuery({
    queryKey: ['plan-realisation', organisationId, assessmentId, previous ?? '', includeDrafts],
    queryFn: () =>
      get<PlanRealisation>(
        `${assessmentPath(organisationId, assessmentId)}/plan-realisation${search ? `?${search}` : ''}`,
      ),
    retry: noRetryOnRefusal,
  });
}

/** The five stages of this assessment's improvement cycle. */
export function useImprovementCycle(organisationId: string, assessmentId: string) {
  return useQuery({
    queryKey: ['improvement-cycle', organisationId, assessmentId],
    queryFn: () =>
      get<ImprovementCycle>(`${assessmentPath(organisationId, assessmentId)}/improvement-cycle`),
    retry: noRetryOnRefusal,
  });
}

/**
 * Saves a stage's status and notes from the version the person edited (`If-Match`); a stage
 * changed meanwhile is refused with 412 (see {@link conflictingStage}).
 */
export function saveStage(
  organisationId: string,
  assessmentId: string,
  stageId: string,
  input: StageInput,
  version: number,
): Promise<ImprovementStage> {
  return api<ImprovementStage>(
    'PUT',
    `${assessmentPath(organisationId, assessmentId)}/improvement-cycle/${encodeURIComponent(stageId)}`,
    input,
    { 'if-match': `"${String(version)}"` },
  );
}
