import {
  auditSummary,
  verifyAssessmentRecords,
  type AssessmentVerification,
  type AuditVerdict,
  type SnapshotComparison,
} from '@citymaturity/core';
import { repositories, type Db, type OrganisationScope } from '@citymaturity/db';
import { canonicalSnapshot, storedAnswersOf } from './assessment-snapshot.js';

/** The external audit as the verification reports it. */
export interface AuditStanding {
  status: 'in-progress' | 'issued';
  auditor: { name: string; organisation: string };
  snapshotDigest: string;
  issuedAt: string | null;
  summary: Record<AuditVerdict, number>;
}

/** The verification of an assessment, with what it is about. */
export interface AssessmentVerificationReport extends AssessmentVerification {
  assessment: {
    id: string;
    organisationId: string;
    title: string;
    method: string;
    modelId: string;
    status: 'draft' | 'submitted';
    submittedAt: string | null;
  };
  audit: AuditStanding | null;
  checkedAt: string;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Verifies an assessment of the scope's organisation: its hash chain from the first entry, its
 * snapshot (once submitted) against the document rebuilt from the live rows and the digest the
 * chain recorded, and the stored answers against the answers the chain recorded. Everything is
 * read in one repeatable-read transaction, so concurrent changes cannot look like tampering.
 * Undefined when the assessment is not in the organisation.
 */
export async function verifyAssessment(
  db: Db,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<AssessmentVerificationReport | undefined> {
  const read = await db.transaction(
    async (tx) => {
      const chain = await repositories.readChain(tx, scope, assessmentId);
      const content = await repositories.readAssessmentContent(tx, scope, assessmentId);
      if (!chain || !content) return undefined;
      const stored = await repositories.getSnapshotDigests(tx, scope, assessmentId);
      let comparison: SnapshotComparison | null = null;
      if (stored) {
        const rebuilt = canonicalSnapshot(content);
        // The stored text (a megabyte for 500 respondents) is read only to find what changed.
        const storedText =
          rebuilt.digest === stored.digest
            ? ''
            : ((await repositories.getSnapshot(tx, scope, assessmentId))?.canonicalJson ?? '');
        comparison = {
          storedDigest: stored.digest,
          storedTextDigest: stored.textDigest,
          storedDocument: () => parsed(storedText),
          rebuiltDocument: rebuilt.document,
          rebuiltDigest: rebuilt.digest,
        };
      }
      const audit = await repositories.getAudit(tx, scope, assessmentId);
      const findings = await repositories.listAuditFindings(tx, scope, assessmentId);
      return { chain, content, comparison, audit, findings };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!read) return undefined;
  const { chain, content, comparison, audit, findings } = read;
  const result = verifyAssessmentRecords({
    chain,
    storedAnswers: storedAnswersOf(content),
    snapshot: comparison,
    respondentNames: new Map(content.respondents.map((r) => [r.id, r.name])),
  });
  const a = content.assessment;
  return {
    ...result,
    assessment: {
      id: a.id,
      organisationId: a.organisationId,
      title: a.title,
      method: a.method,
      modelId: a.modelId,
      status: a.status,
      submittedAt: a.submittedAt?.toISOString() ?? null,
    },
    audit: audit
      ? {
          status: audit.status,
          auditor: { name: audit.auditorName, organisation: audit.auditorOrganisation },
          snapshotDigest: audit.snapshotDigest,
          issuedAt: audit.issuedAt?.toISOString() ?? null,
          summary: auditSummary(findings),
        }
      : null,
    checkedAt: new Date().toISOString(),
  };
}
