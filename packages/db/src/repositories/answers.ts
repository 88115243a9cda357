import type pg from 'pg';
import { type AnswerValue } from './ratings.js';
import { type OrganisationScope } from './scope.js';

/** What the rules need to know about the assessment and respondent answers are saved for. */
export interface AnswerTarget {
  status: 'draft' | 'submitted';
  method: string;
  modelId: string;
  respondentUserId: string | null;
}

/** Answers to save, the evidence to replace, and what the audit log records. */
export interface SaveAnswersInput {
  assessmentId: string;
  respondentId: string;
  answers: readonly { characteristicId: string; current: AnswerValue; target: AnswerValue }[];
  /** Characteristics whose evidence is replaced by these items. */
  evidence: readonly {
    characteristicId: string;
    items: readonly { kind: 'text' | 'link'; body: string }[];
  }[];
  audit: { actorUserId: string | null; ip: string | null; details: Record<string, unknown> };
}

// Locks the assessment FOR SHARE (answers of many respondents are saved side by side; a submit,
// which locks FOR UPDATE, waits for them), upserts the ratings from one JSON parameter (the same SQL
// for any number of characteristics), records the audit entry, and returns what the rules need plus
// how many *other* characteristics are answered (a statement does not see its own writes). Nothing
// is written when the assessment or respondent is not in the organisation: then no row comes back.
const writeAnswersSql = `
  with target as (
    select a.status, a.method, a.model_id, r.user_id as respondent_user_id
      from assessments a
      join respondents r on r.assessment_id = a.id and r.organisation_id = a.organisation_id
     where a.id = $1 and r.id = $2 and a.organisation_id = $3
       for share of a
  ), input as (
    select * from jsonb_to_recordset($4::jsonb)
      as u(id text, current smallint, current_unknown boolean, target smallint, target_unknown boolean)
  ), upserted as (
    insert into ratings (respondent_id, organisation_id, characteristic_id, current, current_unknown, target, target_unknown, updated_at)
    select $2, $3, input.id, input.current, input.current_unknown, input.target, input.target_unknown, now()
      from input where exists (select 1 from target)
    on conflict (respondent_id, characteristic_id) do update set
      current = excluded.current, current_unknown = excluded.current_unknown,
      target = excluded.target, target_unknown = excluded.target_unknown, updated_at = excluded.updated_at
    where ratings.organisation_id = $3
    returning 1
  ), audited as (
    insert into audit_log (actor_user_id, organisation_id, action, target_type, target_id, outcome, details, ip)
    select $5, $3, 'ratings.save', 'respondent', $2::text, 'success', $6::jsonb, $7::inet
     where exists (select 1 from target)
    returning 1
  )
  select t.status, t.method, t.model_id, t.respondent_user_id,
         (select count(*) from upserted)::int as written,
         (select count(*) from audited)::int as audited,
         (select count(*) from ratings
           where respondent_id = $2 and organisation_id = $3
             and not exists (select 1 from input where input.id = ratings.characteristic_id)
             and (current is not null or current_unknown) and (target is not null or target_unknown))::int as answered_others
    from target t`;

const replaceEvidenceSql = `
  with removed as (
    delete from evidence
     where organisation_id = $1 and respondent_id = $2
       and characteristic_id in (select jsonb_array_elements_text($3::jsonb))
  )
  insert into evidence (organisation_id, respondent_id, characteristic_id, kind, body, created_by)
  select $1, $2, e.characteristic_id, e.kind::evidence_kind, e.body, $5
    from jsonb_to_recordset($4::jsonb) as e(characteristic_id text, kind text, body text)`;

/**
 * Saves answers of one respondent of the scope's organisation in one transaction, on the hot path
 * of the platform (one statement for lock + ratings + audit; prepared, so planned once per
 * connection). `check` receives the assessment and respondent and applies the domain rules: when it
 * throws, everything is rolled back. Returns undefined when the assessment or respondent is not in
 * the organisation, else the number of other characteristics already answered.
 */
export async function saveAnswersChecked(
  pool: pg.Pool,
  scope: OrganisationScope,
  input: SaveAnswersInput,
  check: (target: AnswerTarget) => void,
): Promise<{ answeredOthers: number } | undefined> {
  const level = (v: AnswerValue) => (typeof v === 'number' ? v : null);
  const rows = JSON.stringify(
    input.answers.map((a) => ({
      id: a.characteristicId,
      current: level(a.current),
      current_unknown: a.current === 'unknown',
      target: level(a.target),
      target_unknown: a.target === 'unknown',
    })),
  );
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await client.query<{
      status: 'draft' | 'submitted';
      method: string;
      model_id: string;
      respondent_user_id: string | null;
      answered_others: number;
    }>({
      name: 'citymaturity.write-answers',
      text: writeAnswersSql,
      values: [
        input.assessmentId,
        input.respondentId,
        scope.organisationId,
        rows,
        input.audit.actorUserId,
        JSON.stringify(input.audit.details),
        input.audit.ip,
      ],
    });
    const row = result.rows[0];
    if (!row) {
      await client.query('rollback');
      return undefined;
    }
    check({
      status: row.status,
      method: row.method,
      modelId: row.model_id,
      respondentUserId: row.respondent_user_id,
    });
    if (input.evidence.length > 0) {
      await client.query({
        name: 'citymaturity.replace-evidence',
        text: replaceEvidenceSql,
        values: [
          scope.organisationId,
          input.respondentId,
          JSON.stringify(input.evidence.map((e) => e.characteristicId)),
          JSON.stringify(
            input.evidence.flatMap((e) =>
              e.items.map((item) => ({
                characteristic_id: e.characteristicId,
                kind: item.kind,
                body: item.body,
              })),
            ),
          ),
          input.audit.actorUserId,
        ],
      });
    }
    await client.query('commit');
    return { answeredOthers: row.answered_others };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
