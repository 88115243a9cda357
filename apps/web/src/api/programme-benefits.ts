import type {
  BenefitNodeKind,
  KpiDirection,
  KpiIndicatorScheme,
  KpiStatus,
} from '@citymaturity/core';
import { useQuery } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import type { Lang } from '../components/lang.js';
import { api, get, post, put } from './client.js';
import type { UpdatedBy } from './programme-components.js';
import { storedOnConflict } from './programme-roadmap.js';
import { deleteVersioned, patchVersioned, retryUnlessRefused } from './programme-writes.js';

// Benefits realisation (ISO 37106 clause 7): the benefit map and the KPIs
// (apps/server/src/http/programme-benefits-schemas.ts). Query keys:
// ['programme-benefit-map', organisationId], ['programme-kpis', organisationId].

export type { BenefitNodeKind, KpiDirection, KpiIndicatorScheme, KpiStatus };

/** A node of the benefit map. */
export interface BenefitNode {
  id: string;
  kind: BenefitNodeKind;
  /** Empty for a purpose node and for an initiative node standing for a roadmap initiative. */
  label: string;
  description: string;
  /** The roadmap initiative an initiative node stands for. */
  initiativeId: string | null;
  /** The title of that roadmap initiative (null when none). */
  initiativeTitle: string | null;
  /** The pack's purpose a purpose node stands for. */
  purposeId: string | null;
  /** Where it is drawn (x in the map's units 0–1000 across the five columns, y in pixels). */
  x: number;
  y: number;
  /** The KPIs that measure it. */
  kpiIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
}

/** An arrow: `fromNodeId` contributes to `toNodeId`. */
export interface BenefitLink {
  fromNodeId: string;
  toNodeId: string;
}

/** GET …/programme/benefit-map. */
export interface BenefitMap {
  nodes: BenefitNode[];
  links: BenefitLink[];
  /** The kinds an arrow may lead to, by the kind it starts from. */
  allowedLinks: Partial<Record<BenefitNodeKind, BenefitNodeKind[]>>;
  summary: {
    /** One per purpose of the pack, in its order. */
    purposes: {
      purposeId: string;
      nodeId: string | null;
      reachedFrom: {
        nodeId: string;
        kind: 'initiative' | 'investment';
        pathCount: number;
        /** One shortest path: node ids from the input to the purpose's node. */
        path: string[];
      }[];
    }[];
    initiativesReachingNoPurpose: string[];
    investmentsReachingNoPurpose: string[];
    outcomesWithoutKpi: string[];
    /** Roadmap initiatives no node stands for (initiative ids). */
    roadmapInitiativesNotOnMap: string[];
    unlinkedNodes: string[];
  };
}

/** What a node is added with. */
export interface BenefitNodeInput {
  kind: BenefitNodeKind;
  label?: string;
  description?: string;
  initiativeId?: string | null;
  purposeId?: string | null;
  x?: number;
  y?: number;
}

/** What a node is changed with. */
export interface BenefitNodeChange {
  label?: string;
  description?: string;
  x?: number;
  y?: number;
}

/** A value on a date (`YYYY-MM-DD`). */
export interface KpiPoint {
  on: string;
  value: number;
}

export interface KpiActual extends KpiPoint {
  note: string;
  recordedBy: UpdatedBy;
  recordedAt: string;
}

/** The judgement of a KPI's latest actual value against its trajectory. */
export interface KpiStanding {
  status: KpiStatus;
  latest: KpiPoint | null;
  /** What the trajectory expects on the latest actual's date. */
  expected: number | null;
  /** Latest − expected. */
  deviation: number | null;
  /** How far short of the expected value an actual may be and stay on track. */
  tolerance: number | null;
  /** The final milestone. */
  target: KpiPoint | null;
}

/** A key performance indicator with its actual values. */
export interface Kpi {
  id: string;
  name: string;
  unit: string;
  indicator: { scheme: KpiIndicatorScheme; code: string } | null;
  direction: KpiDirection;
  baseline: KpiPoint | null;
  successCriterion: string;
  /** Milestones after the baseline, in date order. */
  trajectory: KpiPoint[];
  owner: string;
  /** The outcome node it measures. */
  benefitNodeId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
  /** Oldest first. */
  actuals: KpiActual[];
  status: KpiStanding;
  series: { planned: KpiPoint[]; actual: KpiPoint[] };
}

/** GET …/programme/kpis. */
export interface KpiList {
  kpis: Kpi[];
  counts: Record<KpiStatus, number>;
  /** The off-track tolerance as a share of the change planned over a stretch (0.05). */
  toleranceShare: number;
}

/** What a KPI is added or changed with. */
export interface KpiInput {
  name: string;
  unit: string;
  indicator: { scheme: KpiIndicatorScheme; code: string } | null;
  direction: KpiDirection;
  baseline: KpiPoint | null;
  successCriterion: string;
  trajectory: KpiPoint[];
  owner: string;
  benefitNodeId: string | null;
}

export const benefitNodeConflictCode = 'benefit-node-conflict';
export const kpiConflictCode = 'kpi-conflict';

/** The stored node of a refused change: null when deleted meanwhile, undefined for another error. */
export function conflictingNode(error: unknown): BenefitNode | null | undefined {
  return storedOnConflict(error, benefitNodeConflictCode) as BenefitNode | null | undefined;
}

/** The stored KPI of a refused change: null when deleted meanwhile, undefined for another error. */
export function conflictingKpi(error: unknown): Kpi | null | undefined {
  return storedOnConflict(error, kpiConflictCode) as Kpi | null | undefined;
}

const programmePath = (organisationId: string) => `${organisationPath(organisationId)}/programme`;
const nodePath = (organisationId: string, nodeId: string) =>
  `${programmePath(organisationId)}/benefit-map/nodes/${encodeURIComponent(nodeId)}`;
const kpiPath = (organisationId: string, kpiId: string) =>
  `${programmePath(organisationId)}/kpis/${encodeURIComponent(kpiId)}`;

export const benefitMapQueryKey = (organisationId: string) => [
  'programme-benefit-map',
  organisationId,
];
export const kpisQueryKey = (organisationId: string) => ['programme-kpis', organisationId];

/** The benefit map with the arrows it allows and its summary. */
export function useBenefitMap(organisationId: string) {
  return useQuery({
    queryKey: benefitMapQueryKey(organisationId),
    queryFn: () => get<BenefitMap>(`${programmePath(organisationId)}/benefit-map`),
    retry: retryUnlessRefused,
  });
}

/** The KPIs with their actual values, status and chart series. */
export function useKpis(organisationId: string) {
  return useQuery({
    queryKey: kpisQueryKey(organisationId),
    queryFn: () => get<KpiList>(`${programmePath(organisationId)}/kpis`),
    retry: retryUnlessRefused,
  });
}

export function createBenefitNode(organisationId: string, input: BenefitNodeInput) {
  return post<BenefitNode>(`${programmePath(organisationId)}/benefit-map/nodes`, input);
}

export function updateBenefitNode(
  organisationId: string,
  nodeId: string,
  change: BenefitNodeChange,
  version: number,
) {
  return patchVersioned<BenefitNode>(nodePath(organisationId, nodeId), change, version);
}

export function deleteBenefitNode(organisationId: string, nodeId: string, version: number) {
  return deleteVersioned(nodePath(organisationId, nodeId), version);
}

export function createBenefitLink(organisationId: string, link: BenefitLink) {
  return post<BenefitLink>(`${programmePath(organisationId)}/benefit-map/links`, link);
}

export function deleteBenefitLink(organisationId: string, link: BenefitLink) {
  const query = new URLSearchParams({ fromNodeId: link.fromNodeId, toNodeId: link.toNodeId });
  return api<undefined>(
    'DELETE',
    `${programmePath(organisationId)}/benefit-map/links?${query.toString()}`,
  );
}

export function createKpi(organisationId: string, input: KpiInput) {
  return post<Kpi>(`${programmePath(organisationId)}/kpis`, input);
}

export function updateKpi(organisationId: string, kpiId: string, input: KpiInput, version: number) {
  return patchVersioned<Kpi>(kpiPath(organisationId, kpiId), input, version);
}

export function deleteKpi(organisationId: string, kpiId: string, version: number) {
  return deleteVersioned(kpiPath(organisationId, kpiId), version);
}

/** Records the actual value of a date (replacing that date's value); answers the KPI with its new status. */
export function saveKpiActual(
  organisationId: string,
  kpiId: string,
  on: string,
  input: { value: number; note: string },
) {
  return put<Kpi>(`${kpiPath(organisationId, kpiId)}/actuals/${encodeURIComponent(on)}`, input);
}

export function deleteKpiActual(organisationId: string, kpiId: string, on: string) {
  return api<undefined>(
    'DELETE',
    `${kpiPath(organisationId, kpiId)}/actuals/${encodeURIComponent(on)}`,
  );
}

/** The benefits realisation workbook (XLSX) in a language. */
export function benefitsWorkbookHref(organisationId: string, lang: Lang): string {
  return `${programmePath(organisationId)}/benefits.xlsx?lang=${lang}`;
}
