import type { RoadmapComparisonStatus } from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import type { Lang } from '../components/lang.js';
import { ApiError, get, post } from './client.js';
import type { UpdatedBy } from './programme-components.js';
import { deleteVersioned, patchVersioned, retryUnlessRefused } from './programme-writes.js';

// The programme office's roadmap (ISO 37106 6.9.2, table 6): apps/server/src/http/
// programme-roadmap-schemas.ts. Query key: ['programme-roadmap', organisationId, assessmentId|''].

export type { RoadmapComparisonStatus };

/** An MMSSC characteristic an initiative should lift, and to which level (1–5). */
export interface InitiativeLift {
  characteristicId: string;
  targetLevel: number;
}

/** An initiative of the roadmap. */
export interface Initiative {
  id: string;
  /** A phase of the pack (`roadmap_phases[].id`). */
  phaseId: string;
  title: string;
  description: string;
  /** `YYYY-MM-DD`, both ends included. */
  startsOn: string;
  endsOn: string;
  owner: string;
  /** A decimal with two decimals ("1250000.50"), or null when not set. */
  budget: string | null;
  /** ISO 4217, e.g. CNY. */
  currency: string;
  quickWin: boolean;
  /** ISO 37106 component codes it applies, e.g. B7. */
  componentCodes: string[];
  lifts: InitiativeLift[];
  /** The benefit-map node that stands for it (deleted with it). */
  benefitNodeId: string | null;
  /** Send it back as `If-Match: "<version>"`. */
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
}

/** What an initiative is added or changed with (a change sends every field: `lifts` replaces the set). */
export interface InitiativeInput {
  phaseId: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  owner: string;
  budget: string | null;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
  lifts: InitiativeLift[];
}

/** A sum of budgets in one currency (currencies are never added together). */
export interface BudgetTotal {
  currency: string;
  /** Exact decimal, two decimals. */
  total: string;
  initiatives: number;
}

export interface DateSpan {
  startsOn: string;
  endsOn: string;
  days: number;
}

export interface TimelinePhase {
  phaseId: string;
  /** False for a phase id the pack no longer has. */
  inPack: boolean;
  rows: {
    initiativeId: string;
    title: string;
    startsOn: string;
    endsOn: string;
    /** Both ends included. */
    days: number;
    quickWin: boolean;
  }[];
  span: DateSpan | null;
  budgets: BudgetTotal[];
  quickWins: number;
}

export interface RoadmapTimeline {
  phases: TimelinePhase[];
  span: DateSpan | null;
  budgets: BudgetTotal[];
  /** Initiatives without a budget. */
  unbudgeted: number;
  quickWins: number;
}

/** The assessment the roadmap is compared with. */
export interface ComparedAssessment {
  id: string;
  title: string;
  date: string;
  status: 'draft' | 'submitted';
  method: string;
  chosen: 'latest-submitted' | 'requested';
}

export interface CharacteristicComparison {
  characteristicId: string;
  /** Official levels (consensus, or the median: may end in .5). */
  current: number | null;
  target: number | null;
  /** The highest level the initiatives aim for. */
  roadmapLevel: number | null;
  /** The highest level aimed for by initiatives ending within the horizon. */
  levelByHorizon: number | null;
  status: RoadmapComparisonStatus;
  /** The roadmap aims at or below the current level. */
  alreadyReached: boolean;
  initiatives: {
    initiativeId: string;
    title: string;
    targetLevel: number;
    endsOn: string;
    beyondHorizon: boolean;
  }[];
}

export interface RoadmapComparison {
  /** The assessment's date + 2 years. */
  horizon: string | null;
  characteristics: CharacteristicComparison[];
  counts: Record<RoadmapComparisonStatus, number>;
  initiativesBeyondHorizon: { initiativeId: string; title: string; endsOn: string }[];
  unknownCharacteristics: string[];
}

/** GET …/programme/roadmap. */
export interface Roadmap {
  phases: { id: string; number: number; name: LocalizedText }[];
  initiatives: Initiative[];
  timeline: RoadmapTimeline;
  assessment: ComparedAssessment | null;
  comparison: RoadmapComparison | null;
}

/** The error code of an initiative changed meanwhile. */
export const initiativeConflictCode = 'roadmap-initiative-conflict';

const programmePath = (organisationId: string) => `${organisationPath(organisationId)}/programme`;
const initiativePath = (organisationId: string, initiativeId: string) =>
  `${programmePath(organisationId)}/initiatives/${encodeURIComponent(initiativeId)}`;

export const roadmapQueryKey = (organisationId: string, assessmentId?: string) =>
  assessmentId === undefined
    ? ['programme-roadmap', organisationId]
    : ['programme-roadmap', organisationId, assessmentId];

/**
 * The roadmap compared with an assessment (default: the latest submitted one). Switching the
 * assessment keeps the page on screen until the other answer arrives.
 */
export function useRoadmap(organisationId: string, assessmentId = '') {
  const query = assessmentId ? `?assessmentId=${encodeURIComponent(assessmentId)}` : '';
  return useQuery({
    queryKey: roadmapQueryKey(organisationId, assessmentId),
    queryFn: () => get<Roadmap>(`${programmePath(organisationId)}/roadmap${query}`),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
}

export function createInitiative(organisationId: string, input: InitiativeInput) {
  return post<Initiative>(`${programmePath(organisationId)}/initiatives`, input);
}

export function updateInitiative(
  organisationId: string,
  initiativeId: string,
  input: InitiativeInput,
  version: number,
) {
  return patchVersioned<Initiative>(initiativePath(organisationId, initiativeId), input, version);
}

export function deleteInitiative(organisationId: string, initiativeId: string, version: number) {
  return deleteVersioned(initiativePath(organisationId, initiativeId), version);
}

/**
 * The stored row of a write refused because it changed meanwhile (412 with the given error code):
 * the row as it is now, null when it was deleted meanwhile; undefined for any other error.
 */
export function storedOnConflict(error: unknown, code: string): object | null | undefined {
  if (!(error instanceof ApiError) || error.status !== 412 || error.code !== code) return undefined;
  const current = error.details.current;
  return current && typeof current === 'object' ? current : null;
}

/** The stored initiative of a refused change (see {@link storedOnConflict}). */
export function conflictingInitiative(error: unknown): Initiative | null | undefined {
  return storedOnConflict(error, initiativeConflictCode) as Initiative | null | undefined;
}

/** The roadmap workbook (XLSX) in a language, compared with an assessment (default the latest submitted). */
export function roadmapWorkbookHref(organisationId: string, lang: Lang, assessmentId = ''): string {
  const query = new URLSearchParams({ lang });
  if (assessmentId) query.set('assessmentId', assessmentId);
  return `${programmePath(organisationId)}/roadmap.xlsx?${query.toString()}`;
}
