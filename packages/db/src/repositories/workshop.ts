import { and, asc, eq, or, sql } from 'drizzle-orm';
import { consensusItems } from '../schema/collaboration.js';
import { assessments, evidence, respondents, users } from '../schema/tables.js';
import { evidenceFiles } from '../schema/verification.js';
import type { AnswerValue } from './ratings.js';
import type { Executor, OrganisationScope } from './scope.js';

/**
 * A consensus item of a facilitated workshop. An item reopened for discussion keeps its row with
 * both measures empty, so that its version keeps growing (a stale edit can never match a newer item
 * that happens to restart at the same version).
 */
export interface ConsensusItemRecord {
  characteristicId: string;
  current: AnswerValue;
  target: AnswerValue;
  rationale: string;
  dissent: string;
  version: number;
  updatedBy: string | null;
  /** Display name of the person who made the last change, when the account still exists. */
  updatedByName: string | null;
  updatedAt: Date;
}

const answer = (level: number | null, unknown: boolean): AnswerValue =>
  unknown ? 'unknown' : level;

const itemColumns = {
  characteristicId: consensusItems.characteristicId,
  current: consensusItems.current,
  currentUnknown: consensusItems.currentUnknown,
  target: consensusItems.target,
  targetUnknown: consensusItems.targetUnknown,
  rationale: consensusItems.rationale,
  dissent: consensusItems.dissent,
  version: consensusItems.version,
  updatedBy: consensusItems.updatedBy,
  updatedByName: users.displayName,
  updatedAt: consensusItems.updatedAt,
};

function toRecord(row: {
  characteristicId: string;
  current: number | null;
  currentUnknown: boolean;
  target: number | null;
  targetUnknown: boolean;
  rationale: string;
  dissent: string;
  version: number;
  updatedBy: string | null;
  updatedByName: string | null;
  updatedAt: Date;
}): ConsensusItemRecord {
  return {
    characteristicId: row.characteristicId,
    current: answer(row.current, row.currentUnknown),
    target: answer(row.target, row.targetUnknown),
    rationale: row.rationale,
    dissent: row.dissent,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedByName: row.updatedByName,
    updatedAt: row.updatedAt,
  };
}

/** The consensus items of an assessment of the scope's organisation, by characteristic id. */
export async function listConsensusItems(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<ConsensusItemRecord[]> {
  const rows = await db
    .select(itemColumns)
    .from(consensusItems)
    .leftJoin(users, eq(users.id, consensusItems.updatedBy))
    .where(
      and(
        eq(consensusItems.assessmentId, assessmentId),
        eq(consensusItems.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(consensusItems.characteristicId));
  return rows.map(toRecord);
}

/** One consensus item (call inside the transaction that locked the assessment when about to change it). */
export async function getConsensusItem(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  characteristicId: string,
): Promise<ConsensusItemRecord | undefined> {
  const [row] = await db
    .select(itemColumns)
    .from(consensusItems)
    .leftJoin(users, eq(users.id, consensusItems.updatedBy))
    .where(
      and(
        eq(consensusItems.assessmentId, assessmentId),
        eq(consensusItems.characteristicId, characteristicId),
        eq(consensusItems.organisationId, scope.organisationId),
      ),
    );
  return row ? toRecord(row) : undefined;
}

/** The new state of a consensus item and the version it gets. */
export interface ConsensusItemWrite {
  current: AnswerValue;
  target: AnswerValue;
  rationale: string;
  dissent: string;
  version: number;
  updatedBy: string | null;
}

/**
 * Writes a consensus item of an assessment of the scope's organisation (insert or replace) with the
 * given version. The version check is the caller's (inside the transaction that locked the
 * assessment): this only stores.
 */
export async function writeConsensusItem(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  characteristicId: string,
  item: ConsensusItemWrite,
): Promise<void> {
  const level = (v: AnswerValue) => (typeof v === 'number' ? v : null);
  const values = {
    current: level(item.current),
    currentUnknown: item.current === 'unknown',
    target: level(item.target),
    targetUnknown: item.target === 'unknown',
    rationale: item.rationale,
    dissent: item.dissent,
    version: item.version,
    updatedBy: item.updatedBy,
    updatedAt: new Date(),
  };
  await db
    .insert(consensusItems)
    .values({ ...values, assessmentId, characteristicId, organisationId: scope.organisationId })
    .onConflictDoUpdate({
      target: [consensusItems.assessmentId, consensusItems.characteristicId],
      set: values,
      setWhere: eq(consensusItems.organisationId, scope.organisationId),
    });
}

/** Moves the workshop of an assessment of the scope's organisation to a characteristic (or none). */
export async function setWorkshopFocus(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  characteristicId: string | null,
): Promise<void> {
  await db
    .update(assessments)
    .set({ workshopCharacteristicId: characteristicId })
    .where(
      and(eq(assessments.id, assessmentId), eq(assessments.organisationId, scope.organisationId)),
    );
}

/** An evidence item of one characteristic, with who it came from and its file's metadata. */
export interface WorkshopEvidenceRecord {
  id: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  createdAt: Date;
  createdBy: string | null;
  createdByName: string | null;
  /** The respondent it was given with, or null for evidence of the consensus item. */
  respondent: { id: string; name: string; group: string | null } | null;
  file: { mediaType: string; sizeBytes: number; sha256: string } | null;
}

/**
 * The evidence of one characteristic of an assessment of the scope's organisation: the items every
 * respondent gave with their rating, and those attached to the consensus item, oldest first.
 */
export async function listWorkshopEvidence(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  characteristicId: string,
): Promise<WorkshopEvidenceRecord[]> {
  const rows = await db
    .select({
      id: evidence.id,
      kind: evidence.kind,
      body: evidence.body,
      createdAt: evidence.createdAt,
      createdBy: evidence.createdBy,
      createdByName: users.displayName,
      respondentId: respondents.id,
      respondentName: respondents.name,
      respondentGroup: respondents.stakeholderGroup,
      mediaType: evidenceFiles.mediaType,
      sizeBytes: evidenceFiles.sizeBytes,
      sha256: evidenceFiles.sha256,
    })
    .from(evidence)
    .leftJoin(
      respondents,
      and(
        eq(respondents.id, evidence.respondentId),
        eq(respondents.organisationId, scope.organisationId),
      ),
    )
    .leftJoin(
      evidenceFiles,
      and(
        eq(evidenceFiles.evidenceId, evidence.id),
        eq(evidenceFiles.organisationId, scope.organisationId),
      ),
    )
    .leftJoin(users, eq(users.id, evidence.createdBy))
    .where(
      and(
        eq(evidence.organisationId, scope.organisationId),
        eq(evidence.characteristicId, characteristicId),
        or(
          eq(respondents.assessmentId, assessmentId),
          eq(evidence.consensusAssessmentId, assessmentId),
        ),
      ),
    )
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    body: r.body,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    respondent:
      r.respondentId === null
        ? null
        : { id: r.respondentId, name: r.respondentName ?? '', group: r.respondentGroup },
    file:
      r.kind === 'file' && r.mediaType !== null
        ? { mediaType: r.mediaType, sizeBytes: r.sizeBytes ?? 0, sha256: r.sha256 ?? '' }
        : null,
  }));
}

/** The head of an assessment's hash chain: the workshop's version, shared by every server process. */
export async function getWorkshopVersion(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<number | undefined> {
  const result = await db.execute<{ chain_seq: number }>(sql`
    select chain_seq from assessments
     where id = ${assessmentId} and organisation_id = ${scope.organisationId}`);
  return result.rows[0]?.chain_seq;
}
