import type { EngagementLevel, GridStrategy } from '@citymaturity/core';
import { useQuery } from '@tanstack/react-query';
import type { Lang } from '../components/lang.js';
import { organisationPath } from '../components/queries.js';
import { get, post } from './client.js';
import type { UpdatedBy } from './programme-components.js';
import {
  conflictOf,
  deleteVersioned,
  patchVersioned,
  retryUnlessRefused,
} from './programme-writes.js';

// The programme's stakeholder register (apps/server/src/http/programme-register-schemas.ts), by the
// five stakeholder types of ISO 37106 6.5.2. Query key: ['programme-stakeholders', organisationId].

export type { EngagementLevel, GridStrategy };

export interface Stakeholder {
  id: string;
  name: string;
  /** One of the pack's stakeholder types. */
  typeId: string;
  affiliation: string;
  /** 1 low, 2 medium, 3 high. */
  influence: number;
  interest: number;
  /** The IAP2 spectrum: inform … empower. */
  engagementLevel: EngagementLevel;
  engagementPlan: string;
  contact: string;
  /** What the influence × interest grid suggests for the stakeholder's cell. */
  strategy: GridStrategy;
  /** Engaged less closely than the cell calls for. */
  underEngaged: boolean;
  /** How many of the city's principles it agreed (removed with it). */
  principleAgreements: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
}

/** One cell of the influence × interest grid. */
export interface StakeholderGridCell {
  influence: number;
  interest: number;
  strategy: GridStrategy;
  count: number;
  stakeholderIds: string[];
}

/** GET …/programme/stakeholders. */
export interface StakeholderRegister {
  stakeholders: Stakeholder[];
  summary: {
    total: number;
    /** Every type of the pack, in its order. */
    byType: { typeId: string; count: number }[];
    /** Nine cells: influence high to low, then interest low to high. */
    grid: StakeholderGridCell[];
    underEngaged: string[];
  };
}

/** What a stakeholder is registered or changed with. */
export interface StakeholderInput {
  name: string;
  typeId: string;
  affiliation: string;
  influence: number;
  interest: number;
  engagementLevel: EngagementLevel;
  engagementPlan: string;
  contact: string;
}

/** The error code of a stakeholder changed meanwhile. */
export const stakeholderConflictCode = 'programme-stakeholder-conflict';

/** The stored stakeholder of a refused write (412): as it is now, null when deleted meanwhile; else undefined. */
export function stakeholderConflict(error: unknown): Stakeholder | null | undefined {
  return conflictOf(error, stakeholderConflictCode) as Stakeholder | null | undefined;
}

const stakeholdersPath = (organisationId: string) =>
  `${organisationPath(organisationId)}/programme/stakeholders`;
const stakeholderPath = (organisationId: string, stakeholderId: string) =>
  `${stakeholdersPath(organisationId)}/${encodeURIComponent(stakeholderId)}`;

/** The stakeholder register as a workbook (about, register, by type, grid), in a language. */
export const stakeholderRegisterWorkbookHref = (organisationId: string, lang: Lang) =>
  `${organisationPath(organisationId)}/programme/stakeholders.xlsx?lang=${lang}`;

export const stakeholdersQueryKey = (organisationId: string) => [
  'programme-stakeholders',
  organisationId,
];

/** The stakeholder register with its summary (per type, grid). */
export function useStakeholderRegister(organisationId: string) {
  return useQuery({
    queryKey: stakeholdersQueryKey(organisationId),
    queryFn: () => get<StakeholderRegister>(stakeholdersPath(organisationId)),
    retry: retryUnlessRefused,
  });
}

export function createStakeholder(
  organisationId: string,
  input: StakeholderInput,
): Promise<Stakeholder> {
  return post<Stakeholder>(stakeholdersPath(organisationId), input);
}

export function updateStakeholder(
  organisationId: string,
  stakeholderId: string,
  input: StakeholderInput,
  version: number,
): Promise<Stakeholder> {
  return patchVersioned<Stakeholder>(
    stakeholderPath(organisationId, stakeholderId),
    input,
    version,
  );
}

export function deleteStakeholder(organisationId: string, stakeholderId: string, version: number) {
  return deleteVersioned(stakeholderPath(organisationId, stakeholderId), version);
}
