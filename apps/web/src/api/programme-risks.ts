import type { RiskBand, RiskStatus } from '@citymaturity/core';
import { useQuery } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import { get, post } from './client.js';
import type { UpdatedBy } from './programme-components.js';
import {
  conflictOf,
  deleteVersioned,
  patchVersioned,
  retryUnlessRefused,
} from './programme-writes.js';

// The programme's risk register (apps/server/src/http/programme-reviews-schemas.ts), linked to the
// key success factors. Query key: ['programme-risks', organisationId].

export type { RiskBand, RiskStatus };

export interface Risk {
  id: string;
  title: string;
  description: string;
  /** 1 rare … 5 almost certain. */
  likelihood: number;
  /** 1 negligible … 5 severe. */
  impact: number;
  /** likelihood × impact. */
  score: number;
  band: RiskBand;
  factorIds: string[];
  owner: string;
  mitigation: string;
  status: RiskStatus;
  reviewOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UpdatedBy;
}

export type BandCounts = Record<RiskBand, number>;

/** GET …/programme/risks. */
export interface RiskRegister {
  risks: Risk[];
  summary: {
    byStatus: Record<RiskStatus, number>;
    /** Active risks (open or mitigating) only. */
    byBand: BandCounts;
    /** `grid[likelihood - 1][impact - 1]`: active risks there. */
    grid: number[][];
    /** Per key success factor: its active risks (highest score first) and their highest band. */
    factors: {
      factorId: string;
      riskIds: string[];
      highestBand: RiskBand | null;
      highestScore: number | null;
    }[];
    /** Active risks linked to no factor. */
    unlinked: string[];
  };
  /** The lowest score of each band (low 1, medium 5, high 10, critical 20). */
  bandFloors: BandCounts;
}

/** What a risk is recorded or changed with. */
export interface RiskInput {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  factorIds: string[];
  owner: string;
  mitigation: string;
  status: RiskStatus;
  reviewOn: string | null;
}

/** The error code of a risk changed meanwhile. */
export const riskConflictCode = 'programme-risk-conflict';

/** The stored risk of a refused write (412): as it is now, null when deleted meanwhile; else undefined. */
export function riskConflict(error: unknown): Risk | null | undefined {
  return conflictOf(error, riskConflictCode) as Risk | null | undefined;
}

const risksPath = (organisationId: string) => `${organisationPath(organisationId)}/programme/risks`;
const riskPath = (organisationId: string, riskId: string) =>
  `${risksPath(organisationId)}/${encodeURIComponent(riskId)}`;

export const risksQueryKey = (organisationId: string) => ['programme-risks', organisationId];

/** The risk register with its summary (heat grid, bands, per factor). */
export function useRiskRegister(organisationId: string) {
  return useQuery({
    queryKey: risksQueryKey(organisationId),
    queryFn: () => get<RiskRegister>(risksPath(organisationId)),
    retry: retryUnlessRefused,
  });
}

export function createRisk(organisationId: string, input: RiskInput): Promise<Risk> {
  return post<Risk>(risksPath(organisationId), input);
}

export function updateRisk(
  organisationId: string,
  riskId: string,
  input: RiskInput,
  version: number,
): Promise<Risk> {
  return patchVersioned<Risk>(riskPath(organisationId, riskId), input, version);
}

export function deleteRisk(organisationId: string, riskId: string, version: number) {
  return deleteVersioned(riskPath(organisationId, riskId), version);
}
