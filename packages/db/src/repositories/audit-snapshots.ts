import { and, asc, eq, or, sql } from 'drizzle-orm';
import { consensusItems } from '../schema/collaboration.js';
import { assessments, evidence, respondents } from '../schema/tables.js';
import { assessmentSnapshots, evidenceFiles } from '../schema/verification.js';
import type { AssessmentRow } from './assessments.js';
import { listAssessmentRatings, type AnswerValue } from './ratings.js';
import type { Executor, OrganisationScope } from './scope.js';

const answer = (level: number | null, unknown: boolean): AnswerValue =>
  unknown ? 'unknown' : level;

/** An evidence item as a snapshot freezes it: its owner, characteristic, body and file digest. */
export interface ContentEvidence {
  id: string;
  /** The respondent whose rating it supports, or null for the consensus item's evidence. */
  respondentId: string | null;
  characteristicId: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  /** SHA-256 of the file's content (files only). */
  sha256: string | null;
  createdAt: Date;
}

/** Everything an assessment consists of: what its snapshot freezes and its verification compares. */
export interface AssessmentContent {
  assessment: AssessmentRow;
  respondents: { id: string; name: string; stakeholderGroup: string | null }[];
  ratings: {
    respondentId: string;
    characteristicId: string;
    current: AnswerValue;
    target: AnswerValue;
  }[];
  consensus: {
    characteristicId: string;
    current: AnswerValue;
    target: AnswerValue;
    rationale: string;
    dissent: string;
  }[];
  evidence: ContentEvidence[];
}

/**
 * Reads the content of an assessment of the scope's organisation (assessment, respondents, their
 * ratings, the consensus items, every evidence item with its file's SHA-256), or undefined when
 * the assessment is not in the organisation. Call inside one transaction for a consistent read.
 */
export async function readAssessmentContent(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<AssessmentContent | undefined> {
  const [assessment] = await db
    .select()
    .from(assessments)
    .where(
      and(eq(assessments.id, assessmentId), eq(assessments.organisationId, scope.organisationId)),
    );
  if (!assessment) return undefined;
  // One query after the other: inside a transaction they share one connection.
  const respondentRows = await db
    .select({
      id: respondents.id,
      name: respondents.name,
      stakeholderGroup: respondents.stakeholderGroup,
    })
    .from(respondents)
    .where(
      and(
        eq(respondents.assessmentId, assessmentId),
        eq(respondents.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(respondents.id));
  const ratingRows = await listAssessmentRatings(db, scope, assessmentId);
  const consensusRows = await db
    .select()
    .from(consensusItems)
    .where(
      and(
        eq(consensusItems.assessmentId, assessmentId),
        eq(consensusItems.organisationId, scope.organisationId),
      ),
    );
  const evidenceRows = await db
    .select({
      id: evidence.id,
      respondentId: evidence.respondentId,
      characteristicId: evidence.characteristicId,
      kind: evidence.kind,
      body: evidence.body,
      createdAt: evidence.createdAt,
      sha256: evidenceFiles.sha256,
    })
    .from(evidence)
    .leftJoin(
      respondents,
      and(
        eq(evidence.respondentId, respondents.id),
        eq(evidence.organisationId, respondents.organisationId),
      ),
    )
    .leftJoin(
      evidenceFiles,
      and(
        eq(evidenceFiles.evidenceId, evidence.id),
        eq(evidenceFiles.organisationId, evidence.organisationId),
      ),
    )
    .where(
      and(
        eq(evidence.organisationId, scope.organisationId),
        or(
          eq(respondents.assessmentId, assessmentId),
          eq(evidence.consensusAssessmentId, assessmentId),
        ),
      ),
    );
  return {
    assessment,
    respondents: respondentRows,
    ratings: ratingRows,
    consensus: consensusRows.map((c) => ({
      characteristicId: c.characteristicId,
      current: answer(c.current, c.currentUnknown),
      target: answer(c.target, c.targetUnknown),
      rationale: c.rationale,
      dissent: c.dissent,
    })),
    evidence: evidenceRows,
  };
}

/** The digest and date of an assessment's snapshot (without its text), or undefined. */
export async function getSnapshotHead(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<{ digest: string; createdAt: Date } | undefined> {
  const [row] = await db
    .select({ digest: assessmentSnapshots.digest, createdAt: assessmentSnapshots.createdAt })
    .from(assessmentSnapshots)
    .where(
      and(
        eq(assessmentSnapshots.assessmentId, assessmentId),
        eq(assessmentSnapshots.organisationId, scope.organisationId),
      ),
    );
  return row;
}

/** An assessment's snapshot with its canonical JSON text, or undefined. */
export async function getSnapshot(db: Executor, scope: OrganisationScope, assessmentId: string) {
  const [row] = await db
    .select()
    .from(assessmentSnapshots)
    .where(
      and(
        eq(assessmentSnapshots.assessmentId, assessmentId),
        eq(assessmentSnapshots.organisationId, scope.organisationId),
      ),
    );
  return row;
}

/** Stores the snapshot of an assessment of the scope's organisation (once: it is never replaced). */
export async function saveSnapshot(
  db: Executor,
  scope: OrganisationScope,
  values: { assessmentId: string; digest: string; canonicalJson: string; createdBy: string | null },
): Promise<{ digest: string; createdAt: Date }> {
  const [row] = await db
    .insert(assessmentSnapshots)
    .values({ ...values, organisationId: scope.organisationId })
    .returning({ digest: assessmentSnapshots.digest, createdAt: assessmentSnapshots.createdAt });
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * The assessment (and its organisation) that has a snapshot, named by its id or by its snapshot's
 * digest; undefined when there is none. Not limited to an organisation: this is how the public
 * verification page and the `verify` command find what they check (and they show nothing more
 * than the verification).
 */
export async function findSnapshotted(
  db: Executor,
  by: { assessmentId: string } | { digest: string },
): Promise<{ assessmentId: string; organisationId: string } | undefined> {
  const [row] = await db
    .select({
      assessmentId: assessmentSnapshots.assessmentId,
      organisationId: assessmentSnapshots.organisationId,
    })
    .from(assessmentSnapshots)
    .where(
      'digest' in by
        ? eq(assessmentSnapshots.digest, by.digest)
        : eq(assessmentSnapshots.assessmentId, by.assessmentId),
    );
  return row;
}

/**
 * The organisation of an assessment, submitted or not; undefined when there is no such
 * assessment. Not limited to an organisation: for the operator's `verify` command only.
 */
export async function findAssessmentOrganisation(
  db: Executor,
  assessmentId: string,
): Promise<{ assessmentId: string; organisationId: string } | undefined> {
  const [row] = await db
    .select({ assessmentId: assessments.id, organisationId: assessments.organisationId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return row;
}

/**
 * An assessment's snapshot without its text: the stored digest, the SHA-256 of the stored text
 * computed by the database (they must agree), and when it was taken; undefined when there is none.
 * Verification fetches the text itself only when the content changed.
 */
export async function getSnapshotDigests(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<{ digest: string; textDigest: string; createdAt: Date } | undefined> {
  const [row] = await db
    .select({
      digest: assessmentSnapshots.digest,
      textDigest: sql<string>`encode(sha256(convert_to(${assessmentSnapshots.canonicalJson}, 'UTF8')), 'hex')`,
      createdAt: assessmentSnapshots.createdAt,
    })
    .from(assessmentSnapshots)
    .where(
      and(
        eq(assessmentSnapshots.assessmentId, assessmentId),
        eq(assessmentSnapshots.organisationId, scope.organisationId),
      ),
    );
  return row;
}
