import { versionConflict } from '@citymaturity/core';
import { repositories, type Executor } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import { HttpError, notFound } from '../../http/http-error.js';
import type { ErrorCode } from '../../http/messages.js';

// What the use cases of the stakeholder register, the reviews and the risk register share: the
// audit entry of a change and the optimistic-locking checks.

/** Who made a change and from where. */
export interface ChangeOrigin {
  caller: ScopedCaller;
  ip: string;
}

/**
 * Records a change (or an export) of the programme office's workspace in the organisation's audit
 * log: an organisation-level entry, not an assessment's hash chain, written in the transaction of
 * the change.
 */
export async function auditProgramme(
  db: Executor,
  origin: ChangeOrigin,
  action: `programme.${string}`,
  target: { type: string; id: string; details?: Record<string, unknown> },
): Promise<void> {
  await repositories.appendAudit(db, {
    actorUserId: origin.caller.auth.user.id,
    organisationId: origin.caller.scope.organisationId,
    action,
    targetType: target.type,
    targetId: target.id,
    outcome: 'success',
    ip: origin.ip,
    details: target.details ?? {},
  });
}

/**
 * Checks the version a change or removal starts from against the stored row (locked by the
 * caller): none stored → 404; another version → 412 with the stored row as the client sees it.
 * `expected` undefined (a removal without If-Match) skips the version check.
 */
export function checkVersion<T extends { version: number }>(
  stored: T | undefined,
  expected: number | undefined,
  conflict: ErrorCode,
  present: (row: T) => unknown,
): T {
  if (!stored) throw notFound();
  if (expected !== undefined && versionConflict(expected, stored.version))
    throw new HttpError(412, conflict, { current: present(stored) });
  return stored;
}

/** Only the fields a change names (a PATCH leaves the others as they are). */
export function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
