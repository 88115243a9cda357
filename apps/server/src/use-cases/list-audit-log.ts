import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';

/** The organisation's audit log, newest first, a page at a time. */
export async function listAuditLog(
  ctx: AppContext,
  access: OrganisationAccess,
  page: { before?: number | undefined; limit: number },
) {
  const rows = await repositories.listAudit(ctx.database.db, access.scope, {
    limit: page.limit,
    ...(page.before === undefined ? {} : { before: page.before }),
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actor:
      r.actorEmail === null
        ? null
        : { displayName: r.actorDisplayName ?? r.actorEmail, email: r.actorEmail },
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    outcome: r.outcome,
    details: r.details ?? null,
  }));
}
