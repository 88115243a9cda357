import {
  policyProductStatuses,
  recommendationStatuses,
  type PolicyProductStatus,
  type RecommendationStatus,
} from '@citymaturity/core';
import { useQuery } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import { ApiError, api, get, post } from './client.js';

// The programme office's principles, component tracker and interoperability matrix (ISO 37106
// clause 5 and Annex A, clause 6, figure 5): see apps/server/src/http/programme-components-schemas.ts
// (the contract) and docs/operating-model.md (the rules). The standard's texts are not in these
// answers: they come from the `scom` pack, looked up by id.
// Query keys: ['programme', o, 'principles'], ['programme', o, 'components', assessmentId, today],
// ['programme', o, 'interoperability'], ['programme', o, 'stakeholders'] (the register, read here
// for the principles' agreements).

/** Who last changed a row (null when never recorded). */
export type UpdatedBy = { id: string; displayName: string } | null;

/** How the city holds a principle; null for one of the standard it has not decided on. */
export type PrincipleStance = 'adopted' | 'adapted' | 'added';

/** A registered stakeholder who agreed a principle, and when. */
export interface PrincipleAgreement {
  stakeholderId: string;
  name: string;
  /** The pack's stakeholder type (`stakeholder_types[].id`). */
  typeId: string;
  agreedOn: string;
}

/** A principle of the standard (decided or not) or one the city added. */
export interface Principle {
  /** The row's id; null for a principle of the standard not decided yet. */
  id: string | null;
  /** The pack's principle; null for one the city added. */
  packPrincipleId: string | null;
  stance: PrincipleStance | null;
  /** The city's title and wording (empty: the standard's apply). */
  title: string;
  wording: string;
  position: number;
  /** 0 while there is no row. */
  version: number;
  updatedAt: string | null;
  updatedBy: UpdatedBy;
  agreements: PrincipleAgreement[];
}

/** GET …/principles. */
export interface PrincipleList {
  principles: Principle[];
  counts: { pack: number; adopted: number; adapted: number; undecided: number; added: number };
}

export { policyProductStatuses, recommendationStatuses };
export type { PolicyProductStatus, RecommendationStatus };

/** Progress of a list of recommendations (a component's, or all). */
export interface TrackerProgress {
  total: number;
  counts: Record<RecommendationStatus, number>;
  /** All but the not-applicable ones. */
  applicable: number;
  /** done ÷ applicable (0–1); null when none applies. */
  doneShare: number | null;
  /** Ids of the recommendations past their due date and not done. */
  overdue: string[];
}

/** A recommendation's progress (never recorded: not started, version 0). */
export interface RecommendationProgress {
  recommendationId: string;
  componentCode: string;
  status: RecommendationStatus;
  owner: string;
  dueOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
  overdue: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: UpdatedBy;
}

/** What is sent to record a recommendation's progress (every field: missing ones reset). */
export interface RecommendationInput {
  status: RecommendationStatus;
  owner: string;
  dueOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
}

/** A characteristic Annex B links to a component, with the assessment's official levels. */
export interface LinkedCharacteristic {
  characteristicId: string;
  current: number | null;
  target: number | null;
  /** target − current; null when either is unknown or without an assessment. */
  gap: number | null;
}

/** A component's priority from the gaps it serves (null without an assessment). */
export interface ComponentPriority {
  gapSum: number;
  gapMax: number;
  characteristicsWithGap: number;
  rank: number | null;
}

export interface TrackedComponent {
  code: string;
  part: string;
  area: string | null;
  characteristics: LinkedCharacteristic[];
  priority: ComponentPriority | null;
  progress: TrackerProgress;
  recommendations: (RecommendationProgress & { lifts: string[] })[];
}

/** The assessment whose gaps the tracker shows, and how it was chosen. */
export interface TrackerAssessment {
  id: string;
  title: string;
  date: string;
  status: 'draft' | 'submitted';
  modelId: string;
  selection: 'requested' | 'latest-submitted' | 'latest-draft';
}

/** GET …/components. */
export interface ComponentTracker {
  today: string;
  assessment: TrackerAssessment | null;
  model: { id: string; version: string };
  components: TrackedComponent[];
  overall: TrackerProgress;
  /** Planned improvements (gap > 0), largest first, with the components that close them. */
  gaps: (LinkedCharacteristic & { componentCodes: string[] })[];
}

export type StatusCounts = Record<PolicyProductStatus, number>;

interface ProductState {
  status: PolicyProductStatus;
  documentUrl: string | null;
  notes: string;
  /** 0 for a product of the standard never recorded. */
  version: number;
  updatedAt: string | null;
  updatedBy: UpdatedBy;
}

/** A policy product of the standard (its name is the pack's, by area, dimension and index). */
export interface StandardPolicyProduct extends ProductState {
  key: string;
  areaId: string;
  dimensionId: string;
  /** From 1, the position in the pack's cell. */
  index: number;
  componentCodes: string[];
}

/** A policy product of the city's own. */
export interface OwnPolicyProduct extends ProductState {
  id: string;
  areaId: string;
  dimensionId: string;
  name: string;
  componentCodes: string[];
  createdAt: string;
}

export interface MatrixCell {
  areaId: string;
  dimensionId: string;
  standard: StandardPolicyProduct[];
  own: OwnPolicyProduct[];
  counts: StatusCounts;
  /** Mean status rank (none 0 … reviewed 3); null without products. */
  score: number | null;
}

/** GET …/interoperability. */
export interface InteroperabilityMatrix {
  areaIds: string[];
  dimensionIds: string[];
  cells: MatrixCell[];
  summary: { counts: StatusCounts; score: number | null };
}

export interface StandardProductInput {
  status: PolicyProductStatus;
  documentUrl: string | null;
  notes: string;
}

export interface OwnProductInput extends StandardProductInput {
  areaId: string;
  dimensionId: string;
  name: string;
  componentCodes: string[];
}

/** A stakeholder of the register, as far as the principles need it. */
export interface RegisteredStakeholder {
  id: string;
  name: string;
  typeId: string;
  affiliation: string;
  principleAgreements: number;
}

const programmePath = (organisationId: string) => `${organisationPath(organisationId)}/programme`;
const segment = encodeURIComponent;

/** `If-Match` for a version seen (none for a row not recorded yet, version 0). */
const ifMatch = (version: number): Record<string, string> =>
  version > 0 ? { 'if-match': `"${String(version)}"` } : {};

const noRetryOnRefusal = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

/** The query keys of the three tools (for invalidation after a change). */
export const programmeKeys = {
  principles: (o: string) => ['programme', o, 'principles'] as const,
  components: (o: string) => ['programme', o, 'components'] as const,
  interoperability: (o: string) => ['programme', o, 'interoperability'] as const,
  stakeholders: (o: string) => ['programme', o, 'stakeholders'] as const,
};

/** The principles: the standard's (with the city's stance) and the city's own. */
export function usePrinciples(organisationId: string) {
  return useQuery({
    queryKey: programmeKeys.principles(organisationId),
    queryFn: () => get<PrincipleList>(`${programmePath(organisationId)}/principles`),
    retry: noRetryOnRefusal,
  });
}

/** The stakeholder register (for recording who agreed a principle). */
export function useRegisteredStakeholders(organisationId: string) {
  return useQuery({
    queryKey: programmeKeys.stakeholders(organisationId),
    queryFn: async () =>
      (
        await get<{ stakeholders: RegisteredStakeholder[] }>(
          `${programmePath(organisationId)}/stakeholders`,
        )
      ).stakeholders,
    retry: noRetryOnRefusal,
  });
}

/**
 * The component tracker with the gaps of an assessment (default: the latest submitted, else the
 * latest draft); `today` is the user's date, on which overdue is judged.
 */
export function useComponentTracker(
  organisationId: string,
  assessmentId: string | undefined,
  today: string,
) {
  return useQuery({
    queryKey: [...programmeKeys.components(organisationId), assessmentId ?? null, today],
    queryFn: () => {
      const query = new URLSearchParams({ today });
      if (assessmentId) query.set('assessmentId', assessmentId);
      return get<ComponentTracker>(`${programmePath(organisationId)}/components?${query}`);
    },
    retry: noRetryOnRefusal,
  });
}

/** The interoperability matrix with the statuses of every product. */
export function useInteroperability(organisationId: string) {
  return useQuery({
    queryKey: programmeKeys.interoperability(organisationId),
    queryFn: () => get<InteroperabilityMatrix>(`${programmePath(organisationId)}/interoperability`),
    retry: noRetryOnRefusal,
  });
}

/** Adopts (as written) or adapts a principle of the standard, from the version seen (0: new). */
export function savePackPrinciple(
  organisationId: string,
  packPrincipleId: string,
  input: { stance: 'adopted' } | { stance: 'adapted'; title: string; wording: string },
  version: number,
): Promise<Principle> {
  return api<Principle>(
    'PUT',
    `${programmePath(organisationId)}/principles/${segment(packPrincipleId)}`,
    input,
    ifMatch(version),
  );
}

/** Adds a principle of the city's own. */
export function addPrinciple(
  organisationId: string,
  input: { title: string; wording: string; position: number },
): Promise<Principle> {
  return post<Principle>(`${programmePath(organisationId)}/principles`, input);
}

/** Changes a principle of the city (If-Match: the version seen). */
export function updatePrinciple(
  organisationId: string,
  principleId: string,
  input: Partial<{ stance: PrincipleStance; title: string; wording: string; position: number }>,
  version: number,
): Promise<Principle> {
  return api<Principle>(
    'PATCH',
    `${programmePath(organisationId)}/principles/${segment(principleId)}`,
    input,
    { 'if-match': `"${String(version)}"` },
  );
}

/** Deletes a principle of the city (one of the standard's becomes undecided again). */
export function deletePrinciple(
  organisationId: string,
  principleId: string,
  version: number,
): Promise<void> {
  return api<undefined>(
    'DELETE',
    `${programmePath(organisationId)}/principles/${segment(principleId)}`,
    undefined,
    ifMatch(version),
  );
}

/** Sets the whole set of stakeholders who agreed a principle (If-Match: the principle's version). */
export function savePrincipleAgreements(
  organisationId: string,
  principleId: string,
  agreements: { stakeholderId: string; agreedOn: string }[],
  version: number,
): Promise<Principle> {
  return api<Principle>(
    'PUT',
    `${programmePath(organisationId)}/principles/${segment(principleId)}/agreements`,
    { agreements },
    { 'if-match': `"${String(version)}"` },
  );
}

/** Records a recommendation's progress from the version seen (0: never recorded). */
export function saveRecommendation(
  organisationId: string,
  recommendationId: string,
  input: RecommendationInput,
  version: number,
): Promise<RecommendationProgress> {
  return api<RecommendationProgress>(
    'PUT',
    `${programmePath(organisationId)}/recommendations/${segment(recommendationId)}`,
    input,
    ifMatch(version),
  );
}

/** Records the status, link and notes of a product of the standard (version 0: never recorded). */
export function saveStandardProduct(
  organisationId: string,
  product: Pick<StandardPolicyProduct, 'areaId' | 'dimensionId' | 'index'>,
  input: StandardProductInput,
  version: number,
): Promise<StandardPolicyProduct> {
  return api<StandardPolicyProduct>(
    'PUT',
    `${programmePath(organisationId)}/interoperability/standard/${segment(product.areaId)}/${segment(product.dimensionId)}/${String(product.index)}`,
    input,
    ifMatch(version),
  );
}

/** Adds a policy product of the city's own to a cell. */
export function addOwnProduct(
  organisationId: string,
  input: OwnProductInput,
): Promise<OwnPolicyProduct> {
  return post<OwnPolicyProduct>(`${programmePath(organisationId)}/interoperability/own`, input);
}

/** Changes a product of the city's own (If-Match: the version seen). */
export function updateOwnProduct(
  organisationId: string,
  productId: string,
  input: Partial<OwnProductInput>,
  version: number,
): Promise<OwnPolicyProduct> {
  return api<OwnPolicyProduct>(
    'PATCH',
    `${programmePath(organisationId)}/interoperability/own/${segment(productId)}`,
    input,
    { 'if-match': `"${String(version)}"` },
  );
}

/** Deletes a product of the city's own (refused with 412 when it changed since `version`). */
export function deleteOwnProduct(
  organisationId: string,
  productId: string,
  version: number,
): Promise<void> {
  return api<undefined>(
    'DELETE',
    `${programmePath(organisationId)}/interoperability/own/${segment(productId)}`,
    undefined,
    ifMatch(version),
  );
}

/**
 * The row as stored now when a save was refused because it changed meanwhile (412 with `code`);
 * null when the row is gone; undefined for any other error.
 */
export function conflictingRow(error: unknown, code: string): object | null | undefined {
  if (!(error instanceof ApiError) || error.status !== 412 || error.code !== code) return undefined;
  const current = error.details.current;
  return current && typeof current === 'object' ? current : null;
}

/** The 412 codes of the three tools. */
export const conflictCodes = {
  principle: 'principle-conflict',
  recommendation: 'recommendation-conflict',
  product: 'policy-product-conflict',
} as const;
