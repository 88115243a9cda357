import { and, eq, sql } from 'drizzle-orm';
import { evidence } from '../schema/tables.js';
import { evidenceFiles } from '../schema/verification.js';
import type { Executor, OrganisationScope } from './scope.js';

// Evidence items as their own resource: notes, links and files attached to a respondent's rating
// or to a consensus item. Every query names the organisation and the assessment, so an evidence
// id of another organisation or assessment finds nothing.

/** The assessment (locked for the change), and the respondent and invitation the change concerns. */
export interface EvidenceTarget {
  status: 'draft' | 'submitted';
  method: string;
  modelId: string;
  revealedAt: Date | null;
  /** The respondent asked for, when they belong to the assessment. */
  respondent: { id: string; userId: string | null } | null;
  /** The invitation asked for, when it belongs to the assessment. */
  invitation: { respondentId: string; expiresAt: Date; revokedAt: Date | null } | null;
}

/**
 * Locks an assessment of the scope's organisation FOR NO KEY UPDATE (changes of one assessment are
 * serialized, as its hash chain requires; a submit waits) and reads what the evidence rules need.
 * Undefined when the assessment is not in the organisation. Call inside a transaction.
 */
export async function lockEvidenceTarget(
  tx: Executor,
  scope: OrganisationScope,
  query: { assessmentId: string; respondentId?: string | null; invitationId?: string | null },
): Promise<EvidenceTarget | undefined> {
  const result = await tx.execute<{
    status: 'draft' | 'submitted';
    method: string;
    model_id: string;
    revealed_at: Date | string | null;
    respondent_id: string | null;
    respondent_user_id: string | null;
    invitation_respondent_id: string | null;
    expires_at: Date | string | null;
    revoked_at: Date | string | null;
  }>(sql`
    select a.status, a.method, a.model_id, a.revealed_at,
           r.id as respondent_id, r.user_id as respondent_user_id,
           i.respondent_id as invitation_respondent_id, i.expires_at, i.revoked_at
      from assessments a
      left join respondents r
        on r.id = ${query.respondentId ?? null}::uuid
       and r.assessment_id = a.id and r.organisation_id = a.organisation_id
      left join invitations i
        on i.id = ${query.invitationId ?? null}::uuid
       and i.assessment_id = a.id and i.organisation_id = a.organisation_id
     where a.id = ${query.assessmentId}::uuid and a.organisation_id = ${scope.organisationId}::uuid
       for no key update of a`);
  const row = result.rows[0];
  if (!row) return undefined;
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    status: row.status,
    method: row.method,
    modelId: row.model_id,
    revealedAt: date(row.revealed_at),
    respondent: row.respondent_id
      ? { id: row.respondent_id, userId: row.respondent_user_id }
      : null,
    invitation:
      row.invitation_respondent_id && row.expires_at
        ? {
            respondentId: row.invitation_respondent_id,
            expiresAt: new Date(row.expires_at),
            revokedAt: date(row.revoked_at),
          }
        : null,
  };
}

/** An evidence file's description (its content apart). */
export interface EvidenceFileMeta {
  mediaType: string;
  size: number;
  sha256: string;
}

/** A new evidence item: attached to a respondent's rating or to the assessment's consensus item. */
export interface NewEvidence {
  attachedTo: { respondentId: string } | { consensusAssessmentId: string };
  characteristicId: string;
  kind: 'text' | 'link' | 'file';
  /** The note, the web address, or the file's (sanitised) name. */
  body: string;
  createdBy: string | null;
  file?: (EvidenceFileMeta & { content: Buffer }) | undefined;
}

/** Stores an evidence item (and its file's content) in the scope's organisation. Call inside a transaction. */
export async function insertEvidence(
  tx: Executor,
  scope: OrganisationScope,
  item: NewEvidence,
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await tx
    .insert(evidence)
    .values({
      organisationId: scope.organisationId,
      respondentId: 'respondentId' in item.attachedTo ? item.attachedTo.respondentId : null,
      consensusAssessmentId:
        'consensusAssessmentId' in item.attachedTo ? item.attachedTo.consensusAssessmentId : null,
      characteristicId: item.characteristicId,
      kind: item.kind,
      body: item.body,
      createdBy: item.createdBy,
    })
    .returning({ id: evidence.id, createdAt: evidence.createdAt });
  if (!row) throw new Error('the evidence insert returned nothing');
  if (item.file) {
    await tx.insert(evidenceFiles).values({
      evidenceId: row.id,
      organisationId: scope.organisationId,
      mediaType: item.file.mediaType,
      sizeBytes: item.file.size,
      sha256: item.file.sha256,
      content: item.file.content,
    });
  }
  return row;
}

/** Deletes an evidence item of the scope's organisation (its file goes with it). */
export async function deleteEvidence(
  tx: Executor,
  scope: OrganisationScope,
  evidenceId: string,
): Promise<void> {
  await tx
    .delete(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.organisationId, scope.organisationId)));
}

/** An evidence item as it is listed: what it is, who added it and what it is attached to. */
export interface EvidenceItemRecord {
  id: string;
  characteristicId: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  createdAt: Date;
  createdBy: { id: string; displayName: string } | null;
  /** The respondent whose rating it supports; null for a consensus item's evidence. */
  respondent: {
    id: string;
    name: string;
    stakeholderGroup: string | null;
    userId: string | null;
    /** True when the respondent answers through an invitation link (no account). */
    invited: boolean;
  } | null;
  file: EvidenceFileMeta | null;
}

// A type (not an interface): query rows must be indexable records.
type EvidenceItemRow = {
  id: string;
  characteristic_id: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  created_at: Date | string;
  created_by: string | null;
  creator_name: string | null;
  respondent_id: string | null;
  respondent_name: string | null;
  stakeholder_group: string | null;
  respondent_user_id: string | null;
  invited: boolean;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
};

function toItem(row: EvidenceItemRow): EvidenceItemRecord {
  return {
    id: row.id,
    characteristicId: row.characteristic_id,
    kind: row.kind,
    body: row.body,
    createdAt: new Date(row.created_at),
    createdBy:
      row.created_by && row.creator_name !== null
        ? { id: row.created_by, displayName: row.creator_name }
        : null,
    respondent: row.respondent_id
      ? {
          id: row.respondent_id,
          name: row.respondent_name ?? '',
          stakeholderGroup: row.stakeholder_group,
          userId: row.respondent_user_id,
          invited: row.invited,
        }
      : null,
    file:
      row.media_type !== null && row.size_bytes !== null && row.sha256 !== null
        ? { mediaType: row.media_type, size: row.size_bytes, sha256: row.sha256 }
        : null,
  };
}

// The evidence of one assessment: its respondents' and its consensus items', with the creator,
// the respondent, and the file's description (never its content).
const itemsOfAssessment = (scope: OrganisationScope, assessmentId: string) => sql`
  select e.id, e.characteristic_id, e.kind, e.body, e.created_at, e.created_by,
         u.display_name as creator_name,
         r.id as respondent_id, r.name as respondent_name, r.stakeholder_group,
         r.user_id as respondent_user_id,
         exists (select 1 from invitations i
                  where i.respondent_id = r.id and i.organisation_id = e.organisation_id) as invited,
         f.media_type, f.size_bytes, f.sha256
    from evidence e
    left join respondents r on r.id = e.respondent_id and r.organisation_id = e.organisation_id
    left join users u on u.id = e.created_by
    left join evidence_files f on f.evidence_id = e.id and f.organisation_id = e.organisation_id
   where e.organisation_id = ${scope.organisationId}::uuid
     and (r.assessment_id = ${assessmentId}::uuid or e.consensus_assessment_id = ${assessmentId}::uuid)`;

/**
 * The evidence of an assessment of the scope's organisation, oldest first, optionally of one
 * characteristic, one respondent, or the consensus only.
 */
export async function listEvidenceItems(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  filter: { characteristicId?: string | undefined; respondentId?: string | undefined } = {},
): Promise<EvidenceItemRecord[]> {
  const result = await db.execute<EvidenceItemRow>(sql`
    ${itemsOfAssessment(scope, assessmentId)}
     and (${filter.characteristicId ?? null}::text is null or e.characteristic_id = ${filter.characteristicId ?? null}::text)
     and (${filter.respondentId ?? null}::uuid is null or e.respondent_id = ${filter.respondentId ?? null}::uuid)
   order by e.created_at, e.id`);
  return result.rows.map(toItem);
}

/** One evidence item of an assessment of the scope's organisation, or undefined. */
export async function findEvidenceItem(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  evidenceId: string,
): Promise<EvidenceItemRecord | undefined> {
  const result = await db.execute<EvidenceItemRow>(sql`
    ${itemsOfAssessment(scope, assessmentId)} and e.id = ${evidenceId}::uuid`);
  const row = result.rows[0];
  return row ? toItem(row) : undefined;
}

/** The stored content of an evidence file of an assessment of the scope's organisation, or undefined. */
export async function readEvidenceFileContent(
  db: Executor,
  scope: OrganisationScope,
  evidenceId: string,
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ content: evidenceFiles.content })
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.evidenceId, evidenceId),
        eq(evidenceFiles.organisationId, scope.organisationId),
      ),
    );
  return row?.content;
}

/**
 * The description of every evidence file of an assessment of the scope's organisation (of its
 * respondents and of its consensus items), by evidence id: for exports and snapshots, which list
 * files by name, type, size and SHA-256 rather than by content.
 */
export async function listAssessmentEvidenceFiles(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<Map<string, EvidenceFileMeta>> {
  const result = await db.execute<{
    evidence_id: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
  }>(sql`
    select f.evidence_id, f.media_type, f.size_bytes, f.sha256
      from evidence_files f
      join evidence e on e.id = f.evidence_id and e.organisation_id = f.organisation_id
      left join respondents r on r.id = e.respondent_id and r.organisation_id = e.organisation_id
     where f.organisation_id = ${scope.organisationId}::uuid
       and (r.assessment_id = ${assessmentId}::uuid or e.consensus_assessment_id = ${assessmentId}::uuid)`);
  return new Map(
    result.rows.map((r) => [
      r.evidence_id,
      { mediaType: r.media_type, size: r.size_bytes, sha256: r.sha256 },
    ]),
  );
}
