import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { evidence, ratings, respondents } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

/** A stored answer: a level 1–5, "unknown", or null (not answered yet). */
export type AnswerValue = number | 'unknown' | null;

/** One characteristic's answers and evidence, as the rest of the application sees them. */
export interface RatingRecord {
  characteristicId: string;
  current: AnswerValue;
  target: AnswerValue;
  updatedAt: Date;
}

export interface EvidenceRecord {
  id: string;
  characteristicId: string;
  kind: 'text' | 'link' | 'file';
  /** The note, the web address, or the file's name. */
  body: string;
  createdAt: Date;
  /** The signed-in person who added it (null when the respondent added it through their link). */
  createdBy: string | null;
}

function toColumns(value: AnswerValue): { level: number | null; unknown: boolean } {
  return value === 'unknown' ? { level: null, unknown: true } : { level: value, unknown: false };
}

function fromColumns(level: number | null, unknown: boolean): AnswerValue {
  return unknown ? 'unknown' : level;
}

/** A respondent of an assessment of the scope's organisation. */
export async function getRespondent(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  respondentId: string,
) {
  const [row] = await db
    .select()
    .from(respondents)
    .where(
      and(
        eq(respondents.id, respondentId),
        eq(respondents.assessmentId, assessmentId),
        eq(respondents.organisationId, scope.organisationId),
      ),
    );
  return row;
}

/** A respondent's ratings and evidence. */
export async function getResponse(db: Executor, scope: OrganisationScope, respondentId: string) {
  const [ratingRows, evidenceRows] = await Promise.all([
    db
      .select()
      .from(ratings)
      .where(
        and(
          eq(ratings.respondentId, respondentId),
          eq(ratings.organisationId, scope.organisationId),
        ),
      ),
    db
      .select()
      .from(evidence)
      .where(
        and(
          eq(evidence.respondentId, respondentId),
          eq(evidence.organisationId, scope.organisationId),
        ),
      )
      .orderBy(asc(evidence.createdAt)),
  ]);
  const ratingRecords: RatingRecord[] = ratingRows.map((r) => ({
    characteristicId: r.characteristicId,
    current: fromColumns(r.current, r.currentUnknown),
    target: fromColumns(r.target, r.targetUnknown),
    updatedAt: r.updatedAt,
  }));
  const evidenceRecords: EvidenceRecord[] = evidenceRows.map((e) => ({
    id: e.id,
    characteristicId: e.characteristicId,
    kind: e.kind,
    body: e.body,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
  }));
  return { ratings: ratingRecords, evidence: evidenceRecords };
}

/** New answers for a respondent: per characteristic, the two measures and optionally the evidence. */
export interface AnswerInput {
  characteristicId: string;
  current: AnswerValue;
  target: AnswerValue;
  /** When given, replaces the characteristic's evidence. */
  evidence?: { kind: 'text' | 'link'; body: string }[];
}

/**
 * Writes answers of one respondent (of the scope's organisation): one multi-row upsert for the
 * ratings, and the evidence replaced for the characteristics that carry it. Call inside a
 * transaction.
 */
export async function saveAnswers(
  db: Executor,
  scope: OrganisationScope,
  respondentId: string,
  answers: readonly AnswerInput[],
  userId: string | null,
): Promise<void> {
  if (answers.length === 0) return;
  const now = new Date();
  await db
    .insert(ratings)
    .values(
      answers.map((a) => {
        const current = toColumns(a.current);
        const target = toColumns(a.target);
        return {
          respondentId,
          organisationId: scope.organisationId,
          characteristicId: a.characteristicId,
          current: current.level,
          currentUnknown: current.unknown,
          target: target.level,
          targetUnknown: target.unknown,
          updatedAt: now,
        };
      }),
    )
    .onConflictDoUpdate({
      target: [ratings.respondentId, ratings.characteristicId],
      set: {
        current: sql`excluded.current`,
        currentUnknown: sql`excluded.current_unknown`,
        target: sql`excluded.target`,
        targetUnknown: sql`excluded.target_unknown`,
        updatedAt: sql`excluded.updated_at`,
      },
      // The conflicting row must belong to the same organisation (it always does: the key includes the respondent).
      setWhere: eq(ratings.organisationId, scope.organisationId),
    });
  await replaceEvidence(
    db,
    scope,
    respondentId,
    answers
      .filter((a) => a.evidence !== undefined)
      .map((a) => ({ characteristicId: a.characteristicId, items: a.evidence ?? [] })),
    userId,
  );
}

/**
 * Replaces the notes and links of the given characteristics of one respondent of the scope's
 * organisation (files stay: they are added and removed one by one).
 */
export async function replaceEvidence(
  db: Executor,
  scope: OrganisationScope,
  respondentId: string,
  replacements: readonly {
    characteristicId: string;
    items: readonly { kind: 'text' | 'link'; body: string }[];
  }[],
  userId: string | null,
): Promise<void> {
  if (replacements.length === 0) return;
  await db.delete(evidence).where(
    and(
      eq(evidence.organisationId, scope.organisationId),
      eq(evidence.respondentId, respondentId),
      inArray(
        evidence.characteristicId,
        replacements.map((r) => r.characteristicId),
      ),
      inArray(evidence.kind, ['text', 'link']),
    ),
  );
  const items = replacements.flatMap((r) =>
    r.items.map((e) => ({
      organisationId: scope.organisationId,
      respondentId,
      characteristicId: r.characteristicId,
      kind: e.kind,
      body: e.body,
      createdBy: userId,
    })),
  );
  if (items.length > 0) await db.insert(evidence).values(items);
}

/**
 * Every respondent's ratings of an assessment of the scope's organisation, for scoring, export and
 * verification. The database gathers each respondent's ratings into one JSON array, which is
 * several times faster to fetch than one row per rating (16,000 for 500 respondents: results and
 * verification read them on every request).
 */
export async function listAssessmentRatings(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<
  { respondentId: string; characteristicId: string; current: AnswerValue; target: AnswerValue }[]
> {
  const result = await db.execute<{
    respondent_id: string;
    ratings: [string, number | null, boolean, number | null, boolean][];
  }>(sql`
    select r.respondent_id,
           json_agg(json_build_array(r.characteristic_id, r.current, r.current_unknown,
                                     r.target, r.target_unknown)
                    order by r.characteristic_id collate "C") as ratings
      from ratings r
      join respondents p on p.id = r.respondent_id and p.organisation_id = r.organisation_id
     where p.assessment_id = ${assessmentId} and r.organisation_id = ${scope.organisationId}
     group by r.respondent_id`);
  return result.rows.flatMap((row) =>
    row.ratings.map(([characteristicId, current, currentUnknown, target, targetUnknown]) => ({
      respondentId: row.respondent_id,
      characteristicId,
      current: fromColumns(current, currentUnknown),
      target: fromColumns(target, targetUnknown),
    })),
  );
}

/** Every evidence item of an assessment of the scope's organisation. */
export async function listAssessmentEvidence(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<(EvidenceRecord & { respondentId: string })[]> {
  // Evidence of respondents only (consensus evidence has no respondent).
  const rows = await db
    .select({ e: evidence })
    .from(evidence)
    .innerJoin(respondents, eq(evidence.respondentId, respondents.id))
    .where(
      and(
        eq(respondents.assessmentId, assessmentId),
        eq(evidence.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(evidence.createdAt));
  return rows.map(({ e }) => ({
    id: e.id,
    respondentId: e.respondentId ?? '',
    characteristicId: e.characteristicId,
    kind: e.kind,
    body: e.body,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
  }));
}
