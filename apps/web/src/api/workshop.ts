import { assessmentPath } from '../components/queries.js';
import { ApiError, api, put } from './client.js';

// The facilitated workshop (see apps/server/src/http/workshop-schemas.ts): the state every
// participant's screen shows, its live events, the focus and the consensus items with versions.
// Query key: ['workshop', …source.key].

/** A level the workshop agrees on: 1–5, or "unknown" when it agrees it cannot say. */
export type AgreedLevel = 1 | 2 | 3 | 4 | 5 | 'unknown';

/** What the workshop recorded for a characteristic. */
export interface ConsensusItem {
  characteristicId: string;
  /** False for an item reopened for discussion (both levels empty; its version still counts). */
  agreed: boolean;
  current: number | 'unknown' | null;
  target: number | 'unknown' | null;
  rationale: string;
  dissent: string;
  /** Sent back as `If-Match: "<version>"` to change or reopen the item. */
  version: number;
  updatedAt: string;
  updatedBy: { id: string; displayName: string } | null;
}

/** The statistics of the individual ratings of one measure (current or target). */
export interface LevelStatistics {
  n: number;
  unknown: number;
  missing: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Ratings per level ("1".."5"). */
  distribution: Record<string, number>;
  iqr: number | null;
  /** Share (0–1) of ratings within one level of the median. */
  agreement: number | null;
}

/** A stakeholder group's median and agreement for one measure. */
export interface GroupMeasure {
  n: number;
  median: number | null;
  agreement: number | null;
}

/** Groups whose medians differ by 2 levels or more on one measure. */
export interface DivergenceFlag {
  measure: 'current' | 'target';
  /** From the lowest median to the highest. */
  groups: string[];
  medians: Record<string, number>;
  spread: number;
  pairs: [string, string][];
}

export interface WorkshopCharacteristic {
  current: LevelStatistics;
  target: LevelStatistics;
  /** Groups with at least the minimum group size (smaller groups never appear). */
  groups: Record<string, { current: GroupMeasure; target: GroupMeasure }>;
  divergence: DivergenceFlag[];
  consensus: ConsensusItem | null;
}

/** A note, link or file of the focus characteristic. */
export interface WorkshopEvidence {
  id: string;
  kind: 'text' | 'link' | 'file';
  /** The note, the web address, or the file's name. */
  body: string;
  createdAt: string;
  /** Given with a stakeholder's rating, or attached to the consensus item. */
  source: 'respondent' | 'consensus';
  group: string | null;
  file: { mediaType: string; sizeBytes: number; downloadPath?: string } | null;
  /** Only for the facilitator. */
  respondent?: { id: string; name: string } | null;
  addedBy?: string | null;
}

/** The workshop as every participant's screen shows it. */
export interface WorkshopState {
  assessment: {
    id: string;
    title: string;
    status: 'draft' | 'submitted';
    revealedAt: string | null;
    minGroupSize: number;
  };
  /** Grows with every change: compare with the live events' version. */
  version: number;
  focus: string | null;
  progress: { agreed: number; total: number };
  /** Whether the viewer runs the workshop (moves the focus, records the consensus). */
  facilitator: boolean;
  /** Whether the workshop can run now (a revealed draft). */
  open: boolean;
  respondents: { total: number; byGroup: Record<string, number> };
  suppressedGroups: string[];
  alpha: { current: number | null; target: number | null };
  /** Every characteristic, in model order. */
  characteristics: Record<string, WorkshopCharacteristic>;
  evidence: WorkshopEvidence[];
}

/** Where a workshop is read from: a member's assessment, or an invited stakeholder's link. */
export interface WorkshopSource {
  /** Identifies the workshop in the query cache. */
  key: readonly string[];
  statePath: string;
  eventsPath: string;
}

/** The workshop of an assessment, as a signed-in member follows or runs it. */
export function memberWorkshopSource(organisationId: string, assessmentId: string): WorkshopSource {
  const base = assessmentPath(organisationId, assessmentId);
  return {
    key: ['member', organisationId, assessmentId],
    statePath: `${base}/workshop`,
    eventsPath: `${base}/workshop/events`,
  };
}

/** The workshop an invited stakeholder follows through their link (`/respond/<token>`). */
export function linkWorkshopSource(token: string): WorkshopSource {
  const base = `/api/v1/respond/${encodeURIComponent(token)}`;
  return {
    key: ['link', token],
    statePath: `${base}/workshop`,
    eventsPath: `${base}/workshop/events`,
  };
}

export const workshopQueryKey = (source: WorkshopSource) => ['workshop', ...source.key] as const;

const consensusPath = (organisationId: string, assessmentId: string, characteristicId: string) =>
  `${assessmentPath(organisationId, assessmentId)}/consensus/${encodeURIComponent(characteristicId)}`;

/** What the facilitator records for a characteristic. */
export interface ConsensusInput {
  current: AgreedLevel;
  target: AgreedLevel;
  rationale: string;
  dissent: string;
}

/**
 * Saves a consensus item made from `baseVersion` (the version the facilitator started from; null
 * for an item nobody has recorded yet). Throws an ApiError 412 `consensus-conflict` when someone
 * else changed it meanwhile: see {@link conflictOf}.
 */
export function saveConsensus(
  organisationId: string,
  assessmentId: string,
  characteristicId: string,
  input: ConsensusInput,
  baseVersion: number | null,
): Promise<ConsensusItem> {
  return api<ConsensusItem>(
    'PUT',
    consensusPath(organisationId, assessmentId, characteristicId),
    input,
    baseVersion === null ? { 'if-none-match': '*' } : { 'if-match': `"${String(baseVersion)}"` },
  );
}

/** Reopens a characteristic for discussion (its consensus is withdrawn). */
export function reopenConsensus(
  organisationId: string,
  assessmentId: string,
  characteristicId: string,
  version: number,
): Promise<ConsensusItem> {
  return api<ConsensusItem>(
    'DELETE',
    consensusPath(organisationId, assessmentId, characteristicId),
    undefined,
    { 'if-match': `"${String(version)}"` },
  );
}

/** Moves every participant's screen to a characteristic (null: no focus). */
export function setFocus(
  organisationId: string,
  assessmentId: string,
  characteristicId: string | null,
): Promise<{ focus: string | null; version: number }> {
  return put(`${assessmentPath(organisationId, assessmentId)}/workshop/focus`, {
    characteristicId,
  });
}

/** Adds a note or a link (JSON) or a file (FormData with a `file` part) to a consensus item. */
export function addConsensusEvidence(
  organisationId: string,
  assessmentId: string,
  characteristicId: string,
  evidence: { kind: 'text' | 'link'; body: string } | FormData,
): Promise<unknown> {
  return api(
    'POST',
    `${consensusPath(organisationId, assessmentId, characteristicId)}/evidence`,
    evidence,
  );
}

/** The stored item of a refused save (412 `consensus-conflict`), or undefined for any other error. */
export function conflictOf(error: unknown): { current: ConsensusItem | null } | undefined {
  if (!(error instanceof ApiError) || error.code !== 'consensus-conflict') return undefined;
  const current = error.details.current;
  return { current: current && typeof current === 'object' ? (current as ConsensusItem) : null };
}
