import { and, asc, eq } from 'drizzle-orm';
import { risks } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The programme's risk register. Every query is limited to the scope's organisation.

export type RiskRow = typeof risks.$inferSelect;

/** A risk with the name of who changed it last. */
export interface RiskRecord extends RiskRow {
  updatedByName: string | null;
}

/** The editable fields of a risk. */
export interface RiskValues {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  factorIds: string[];
  owner: string;
  mitigation: string;
  status: RiskRow['status'];
  reviewOn: string | null;
}

const inScope = (scope: OrganisationScope, riskId: string) =>
  and(eq(risks.id, riskId), eq(risks.organisationId, scope.organisationId));

const withUpdatedByName = (db: Executor) =>
  db
    .select({ risk: risks, updatedByName: users.displayName })
    .from(risks)
    .leftJoin(users, eq(users.id, risks.updatedBy));
const toRecord = (r: { risk: RiskRow; updatedByName: string | null }): RiskRecord => ({
  ...r.risk,
  updatedByName: r.updatedByName,
});

/** The risks of the scope's organisation, in the order they were recorded. */
export async function listRisks(db: Executor, scope: OrganisationScope): Promise<RiskRecord[]> {
  const rows = await withUpdatedByName(db)
    .where(eq(risks.organisationId, scope.organisationId))
    .orderBy(asc(risks.createdAt), asc(risks.id));
  return rows.map(toRecord);
}

/** A risk of the scope's organisation (optionally locked for update), or undefined. */
export async function getRisk(
  db: Executor,
  scope: OrganisationScope,
  riskId: string,
  options: { lock?: boolean } = {},
): Promise<RiskRecord | undefined> {
  const query = withUpdatedByName(db).where(inScope(scope, riskId));
  const [row] = options.lock ? await query.for('update', { of: risks }) : await query;
  return row ? toRecord(row) : undefined;
}

/** Records a risk of the scope's organisation (version 1). */
export async function createRisk(
  db: Executor,
  scope: OrganisationScope,
  values: RiskValues & { updatedBy: string | null },
): Promise<RiskRow> {
  const [row] = await db
    .insert(risks)
    .values({ ...values, organisationId: scope.organisationId })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Changes a risk of the scope's organisation and gives it the next version. The version check is
 * the caller's, on the row it locked in the same transaction.
 */
export async function updateRisk(
  db: Executor,
  scope: OrganisationScope,
  riskId: string,
  values: Partial<RiskValues> & { version: number; updatedBy: string | null },
): Promise<RiskRow | undefined> {
  const [row] = await db
    .update(risks)
    .set({ ...values, updatedAt: new Date() })
    .where(inScope(scope, riskId))
    .returning();
  return row;
}

/** Deletes a risk of the scope's organisation; returns whether there was one. */
export async function deleteRisk(
  db: Executor,
  scope: OrganisationScope,
  riskId: string,
): Promise<boolean> {
  const rows = await db.delete(risks).where(inScope(scope, riskId)).returning({ id: risks.id });
  return rows.length > 0;
}
