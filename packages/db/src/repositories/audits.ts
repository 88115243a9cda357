import { and, asc, eq, sql } from 'drizzle-orm';
import { auditFindings, audits } from '../schema/verification.js';
import type { Executor, OrganisationScope } from './scope.js';

export type ExternalAuditRow = typeof audits.$inferSelect;
export type AuditFindingRow = typeof auditFindings.$inferSelect;

/** The external audit of an assessment of the scope's organisation, or undefined. */
export async function getAudit(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<ExternalAuditRow | undefined> {
  const [row] = await db
    .select()
    .from(audits)
    .where(
      and(eq(audits.assessmentId, assessmentId), eq(audits.organisationId, scope.organisationId)),
    );
  return row;
}

/** Starts the external audit of a submitted assessment against its snapshot. */
export async function createAudit(
  db: Executor,
  scope: OrganisationScope,
  values: {
    assessmentId: string;
    auditorUserId: string;
    auditorName: string;
    auditorOrganisation: string;
    snapshotDigest: string;
  },
): Promise<ExternalAuditRow> {
  const [row] = await db
    .insert(audits)
    .values({ ...values, organisationId: scope.organisationId })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Discards an audit that was not issued, with its findings; false when there was none. */
export async function deleteAudit(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<boolean> {
  const rows = await db
    .delete(audits)
    .where(
      and(eq(audits.assessmentId, assessmentId), eq(audits.organisationId, scope.organisationId)),
    )
    .returning({ assessmentId: audits.assessmentId });
  return rows.length > 0;
}

/** The findings of an assessment's audit, by characteristic id order. */
export async function listAuditFindings(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<AuditFindingRow[]> {
  return db
    .select()
    .from(auditFindings)
    .where(
      and(
        eq(auditFindings.assessmentId, assessmentId),
        eq(auditFindings.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(auditFindings.characteristicId));
}

/** One finding of an assessment's audit, locked for the rest of the transaction, or undefined. */
export async function lockAuditFinding(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  characteristicId: string,
): Promise<AuditFindingRow | undefined> {
  const [row] = await db
    .select()
    .from(auditFindings)
    .where(
      and(
        eq(auditFindings.assessmentId, assessmentId),
        eq(auditFindings.organisationId, scope.organisationId),
        eq(auditFindings.characteristicId, characteristicId),
      ),
    )
    .for('update');
  return row;
}

/** Writes a finding (inserted at version 1, or updated to the next version); returns the row. */
export async function saveAuditFinding(
  db: Executor,
  scope: OrganisationScope,
  values: {
    assessmentId: string;
    characteristicId: string;
    verdict: AuditFindingRow['verdict'];
    adjustedCurrent: number | null;
    adjustedTarget: number | null;
    reason: string;
  },
): Promise<AuditFindingRow> {
  const [row] = await db
    .insert(auditFindings)
    .values({ ...values, organisationId: scope.organisationId, version: 1 })
    .onConflictDoUpdate({
      target: [auditFindings.assessmentId, auditFindings.characteristicId],
      set: {
        verdict: values.verdict,
        adjustedCurrent: values.adjustedCurrent,
        adjustedTarget: values.adjustedTarget,
        reason: values.reason,
        version: sql`${auditFindings.version} + 1`,
        updatedAt: new Date(),
      },
      setWhere: eq(auditFindings.organisationId, scope.organisationId),
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

/** Issues the audit statement: the audit is final from now on. */
export async function issueAudit(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  statement: string,
): Promise<ExternalAuditRow | undefined> {
  const [row] = await db
    .update(audits)
    .set({ status: 'issued', statement, issuedAt: new Date() })
    .where(
      and(eq(audits.assessmentId, assessmentId), eq(audits.organisationId, scope.organisationId)),
    )
    .returning();
  return row;
}
