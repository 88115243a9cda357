import { sql } from 'drizzle-orm';
import type { Executor, OrganisationScope } from './scope.js';

/** An event of an assessment's hash chain, before it is written. */
export interface AssessmentEvent {
  actorUserId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  details?: Record<string, unknown> | null;
  ip?: string | null;
}

/**
 * Appends an event to the assessment's hash chain in the audit log (SQL function
 * citymaturity_append_assessment_event: locks the assessment FOR NO KEY UPDATE, links the entry
 * to the previous one, moves the head). Call inside the transaction that makes the change.
 * Returns the entry's sequence number.
 */
export async function appendAssessmentEvent(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  event: AssessmentEvent,
): Promise<number> {
  const result = await db.execute<{ seq: number }>(sql`
    select citymaturity_append_assessment_event(
      ${scope.organisationId}::uuid, ${assessmentId}::uuid, ${event.actorUserId}::uuid,
      ${event.action}, ${event.targetType ?? 'assessment'}, ${event.targetId ?? assessmentId},
      ${event.outcome ?? 'success'}::audit_outcome,
      ${event.details === undefined || event.details === null ? null : JSON.stringify(event.details)}::jsonb,
      ${event.ip ?? null}::inet) as seq`);
  const seq = result.rows[0]?.seq;
  if (seq === undefined) throw new Error('the chain append returned nothing');
  return seq;
}

/** An entry of an assessment's chain as verification reads it. */
export interface StoredChainEntry {
  id: number;
  seq: number;
  at: Date;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  prevHash: string;
  hash: string;
  /** The hash recomputed now from the stored columns. */
  recomputedHash: string;
}

/**
 * The entries of an assessment's hash chain in order, each with its hash recomputed from its
 * stored columns, and the chain's head (last sequence number and hash) as kept on the assessment;
 * undefined when the assessment is not in the organisation.
 */
export async function readChain(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<{ entries: StoredChainEntry[]; head: { seq: number; hash: string } } | undefined> {
  const head = await db.execute<{ chain_seq: number; chain_hash: string }>(sql`
    select chain_seq, chain_hash from assessments
     where id = ${assessmentId} and organisation_id = ${scope.organisationId}`);
  const headRow = head.rows[0];
  if (!headRow) return undefined;
  const rows = await db.execute<{
    id: string;
    seq: number;
    at: Date;
    actor_user_id: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    details: unknown;
    prev_hash: string | null;
    hash: string | null;
    recomputed: string;
  }>(sql`
    select id, seq, at, actor_user_id, action, target_type, target_id, details, prev_hash, hash,
           citymaturity_audit_hash(assessment_id, seq, coalesce(prev_hash, ''), at, actor_user_id,
             organisation_id, action, target_type, target_id, outcome, details) as recomputed
      from audit_log
     where assessment_id = ${assessmentId} and organisation_id = ${scope.organisationId}
       and seq is not null
     order by seq, id`);
  return {
    head: { seq: headRow.chain_seq, hash: headRow.chain_hash },
    entries: rows.rows.map((r) => ({
      id: Number(r.id),
      seq: r.seq,
      at: new Date(r.at),
      actorUserId: r.actor_user_id,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      details: r.details,
      prevHash: r.prev_hash ?? '',
      hash: r.hash ?? '',
      recomputedHash: r.recomputed,
    })),
  };
}
