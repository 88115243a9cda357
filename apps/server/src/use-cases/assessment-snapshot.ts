import {
  answerKey,
  canonicalJson,
  snapshotDocument,
  type MeasuresRecord,
  type SnapshotEvidence,
  type SnapshotInput,
} from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { createHash } from 'node:crypto';

// The snapshot of a submitted assessment: taken when it is submitted (or imported as submitted),
// and rebuilt from the same rows by the verification to compare.

/** SHA-256 of a text (UTF-8), in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function evidenceOf(e: repositories.ContentEvidence): SnapshotEvidence {
  return {
    id: e.id,
    characteristicId: e.characteristicId,
    kind: e.kind,
    body: e.body,
    ...(e.sha256 ? { sha256: e.sha256 } : {}),
    createdAt: e.createdAt.toISOString(),
  };
}

/** The snapshot input of an assessment's content (its rows as {@link readAssessmentContent} reads them). */
export function snapshotInputOf(content: repositories.AssessmentContent): SnapshotInput {
  const a = content.assessment;
  const ratingsOf = new Map<string, Record<string, MeasuresRecord>>();
  for (const r of content.ratings) {
    const ratings = ratingsOf.get(r.respondentId) ?? {};
    ratings[r.characteristicId] = { current: r.current, target: r.target };
    ratingsOf.set(r.respondentId, ratings);
  }
  const evidenceOfRespondent = new Map<string, SnapshotEvidence[]>();
  const consensus: Record<
    string,
    MeasuresRecord & { rationale: string; dissent: string; evidence: SnapshotEvidence[] }
  > = {};
  for (const c of content.consensus)
    consensus[c.characteristicId] = {
      current: c.current,
      target: c.target,
      rationale: c.rationale,
      dissent: c.dissent,
      evidence: [],
    };
  for (const e of content.evidence) {
    if (e.respondentId === null) {
      // Evidence of a consensus item (kept even when the item itself has no levels yet).
      consensus[e.characteristicId] ??= {
        current: null,
        target: null,
        rationale: '',
        dissent: '',
        evidence: [],
      };
      consensus[e.characteristicId]?.evidence.push(evidenceOf(e));
    } else {
      const list = evidenceOfRespondent.get(e.respondentId) ?? [];
      list.push(evidenceOf(e));
      evidenceOfRespondent.set(e.respondentId, list);
    }
  }
  return {
    assessment: {
      id: a.id,
      organisationId: a.organisationId,
      title: a.title,
      modelId: a.modelId,
      modelVersion: a.modelVersion,
      method: a.method,
      date: a.assessedOn,
      submittedAt: a.submittedAt?.toISOString() ?? '',
      minGroupSize: a.minGroupSize,
      revealedAt: a.revealedAt?.toISOString() ?? null,
    },
    respondents: content.respondents.map((r) => ({
      id: r.id,
      name: r.name,
      group: r.stakeholderGroup,
      ratings: ratingsOf.get(r.id) ?? {},
      evidence: evidenceOfRespondent.get(r.id) ?? [],
    })),
    consensus,
  };
}

/** The answers stored in the tables (respondents' ratings and consensus items), keyed for replay. */
export function storedAnswersOf(
  content: repositories.AssessmentContent,
): Map<string, MeasuresRecord> {
  const answers = new Map<string, MeasuresRecord>();
  for (const r of content.ratings)
    answers.set(answerKey(r.respondentId, r.characteristicId), {
      current: r.current,
      target: r.target,
    });
  for (const c of content.consensus)
    answers.set(answerKey('consensus', c.characteristicId), {
      current: c.current,
      target: c.target,
    });
  return answers;
}

/** The canonical JSON text of an assessment's content and its SHA-256. */
export function canonicalSnapshot(content: repositories.AssessmentContent): {
  document: ReturnType<typeof snapshotDocument>;
  text: string;
  digest: string;
} {
  const document = snapshotDocument(snapshotInputOf(content));
  const text = canonicalJson(document);
  return { document, text, digest: sha256Hex(text) };
}

/**
 * Freezes a submitted assessment: stores the canonical JSON of its content and the SHA-256 digest
 * of that text. Call inside the transaction that submits it (after marking it submitted), then
 * record the digest in the chain entry of the submission.
 */
export async function takeSnapshot(
  tx: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  userId: string | null,
): Promise<{ digest: string; createdAt: Date }> {
  const content = await repositories.readAssessmentContent(tx, scope, assessmentId);
  if (content?.assessment.status !== 'submitted')
    throw new Error('only a submitted assessment is frozen as a snapshot');
  const { text, digest } = canonicalSnapshot(content);
  return repositories.saveSnapshot(tx, scope, {
    assessmentId,
    digest,
    canonicalJson: text,
    createdBy: userId,
  });
}
