import { repositories, type Executor } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import { HttpError } from '../../http/http-error.js';
import type { ErrorCode } from '../../http/messages.js';
import { versionOfTag } from '../workshop-support.js';

// What the use cases of the principles, the component tracker and the interoperability matrix
// share: the version an If-Match names, the audit entry, the refusal of a pack id, who changed a row.

/** The version a change starts from: the If-Match header's, or 0 (a row that does not exist yet). */
export function expectedVersion(ifMatch: string | undefined): number {
  return ifMatch === undefined ? 0 : versionOfTag(ifMatch);
}

/**
 * Records a change of the programme workspace in the organisation's audit log, in the
 * transaction of the change (`programme.<thing>.<verb>`).
 */
export async function auditProgrammeChange(
  db: Executor,
  caller: ScopedCaller,
  ip: string,
  action: string,
  entry: { targetType: string; targetId: string; details: Record<string, unknown> },
): Promise<void> {
  await repositories.appendAudit(db, {
    actorUserId: caller.auth.user.id,
    organisationId: caller.scope.organisationId,
    action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    outcome: 'success',
    ip,
    details: entry.details,
  });
}

/** A 400 that names the field at fault (`params.recommendationId`, `body.areaId` …) and the value given. */
export function fieldError(code: ErrorCode, path: string, value: string): HttpError {
  return new HttpError(400, code, { issues: [{ path, message: value }] });
}

/** Who changed a row last, as the API shows it. */
export function presentUpdatedBy(row: {
  updatedBy: string | null;
  updatedByName: string | null;
}): { id: string; displayName: string } | null {
  return row.updatedBy === null
    ? null
    : { id: row.updatedBy, displayName: row.updatedByName ?? '' };
}

/** Today in UTC as `YYYY-MM-DD` (the default day against which due dates are overdue). */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
