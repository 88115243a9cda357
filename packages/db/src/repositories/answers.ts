import type pg from 'pg';
import { type AnswerValue } from './ratings.js';
import { type OrganisationScope } from './scope.js';

/** What the rules need to know about the assessment and respondent answers are saved for. */
export interface AnswerTarget {
  status: 'draft' | 'submitted';
  method: string;
  modelId: string;
  revealedAt: Date | null;
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

// Locks the assessment FOR NO KEY UPDATE (every change to an assessment is a link of its hash
// chain, so the changes of one assessment are written one after the other; a submit waits for
// them), upserts the ratings from one JSON parameter (the same SQL for any number of
// characteristics), appends the chain entry with the answers given, and returns what the rules
// need plus how many *other* characteristics are answered (a statement does not see its own
// writes). Nothing is written when the assessment or respondent is not in the organisation: then
// no row comes back.
const writeAnswersSql = `
  with target as (
    select a.status, a.method, a.model_id, a.revealed_at, r.user_id as respondent_user_id
      from assessments a
      join respondents r on r.assessment_id = a.id and r.organisation_id = a.organisation_id
     where a.id = $1 and r.id = $2 and a.organisation_id = $3
       for no key update of a
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
    select citymaturity_append_assessment_event($3, $1, $5, 'ratings.save', 'respondent', $2::text,
             'success', $6::jsonb, $7::inet) as seq
      from target
  )
  select t.status, t.method, t.model_id, t.revealed_at, t.respondent_user_id,
         (select count(*) from upserted)::int as written,
         (select count(*) from audited)::int as audited,
         (select count(*) from ratings
           where respondent_id = $2 and organisation_id = $3
             and not exists (select 1 from input where input.id = ratings.characteristic_id)
             and (current is not null or current_unknown) and (target is not null or target_unknown))::int as answered_others
    from target t`;

// Replaces the notes and links of the given characteristics of one respondent with the wanted
// ones, keeping the items that stay (and their dates) and never touching files; appends a chain
// entry when something changed.
const replaceEvidenceSql = `
  with wanted as (
    select distinct * from jsonb_to_recordset($4::jsonb) as w(characteristic_id text, kind text, body text)
  ), removed as (
    delete from evidence ev
     where ev.organisation_id = $1 and ev.respondent_id = $2
       and ev.characteristic_id in (select jsonb_array_elements_text($3::jsonb))
       and ev.kind in ('text', 'link')
       and not exists (select 1 from wanted w
                        where w.characteristic_id = ev.characteristic_id
                          and w.kind::evidence_kind = ev.kind and w.body = ev.body)
    returning ev.id
  ), added as (
    insert into evidence (organisation_id, respondent_id, characteristic_id, kind, body, created_by)
    select $1, $2, w.characteristic_id, w.kind::evidence_kind, w.body, $5
      from wanted w
     where not exists (select 1 from evidence ev
                        where ev.organisation_id = $1 and ev.respondent_id = $2
                          and ev.characteristic_id = w.characteristic_id
                          and ev.kind = w.kind::evidence_kind and ev.body = w.body)
    returning id
  )
  select citymaturity_append_assessment_event($1, $6, $5, 'evidence.replace', 'respondent', $2::text,
           'success', jsonb_build_object('characteristics', $3::jsonb, 'items', $4::jsonb), $7::inet)
   where exists (select 1 from removed) or exists (select 1 from added)`;

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
      revealed_at: Date | null;
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
        // The chain records the answers themselves, so that it can be replayed against the tables.
        JSON.stringify({
          ...input.audit.details,
          ratings: Object.fromEntries(
            input.answers.map((a) => [
              a.characteristicId,
              { current: a.current, target: a.target },
            ]),
          ),
        }),
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
      revealedAt: row.revealed_at,
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
          input.assessmentId,
          input.audit.ip,
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
