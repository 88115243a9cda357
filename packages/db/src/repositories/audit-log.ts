import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;
export type AuditRow = typeof auditLog.$inferSelect;

/** Appends an entry to the append-only audit log (rows can never be changed or removed). */
export async function appendAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** The audit log of the scope's organisation, newest first, a page at a time (keyset on id). */
export async function listAudit(
  db: Executor,
  scope: OrganisationScope,
  options: { before?: number; limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      options.before === undefined
        ? eq(auditLog.organisationId, scope.organisationId)
        : and(eq(auditLog.organisationId, scope.organisationId), lt(auditLog.id, options.before)),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
