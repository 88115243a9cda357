import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog, users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;
export type AuditRow = typeof auditLog.$inferSelect;
export type AuditRowWithActor = AuditRow & {
  actorDisplayName: string | null;
  actorEmail: string | null;
};

/** Appends an entry to the append-only audit log (rows can never be changed or removed). */
export async function appendAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** The audit log of the scope's organisation, newest first, a page at a time (keyset on id), with the actor's name. */
export async function listAudit(
  db: Executor,
  scope: OrganisationScope,
  options: { before?: number; limit: number },
): Promise<AuditRowWithActor[]> {
  const rows = await db
    .select({ entry: auditLog, actorDisplayName: users.displayName, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorUserId, users.id))
    .where(
      options.before === undefined
        ? eq(auditLog.organisationId, scope.organisationId)
        : and(eq(auditLog.organisationId, scope.organisationId), lt(auditLog.id, options.before)),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
  return rows.map((r) => ({
    ...r.entry,
    actorDisplayName: r.actorDisplayName,
    actorEmail: r.actorEmail,
  }));
}
