import { and, asc, eq } from 'drizzle-orm';
import { risks } from '../schema/operating-model.js';
import type { Executor, OrganisationScope } from './scope.js';

// The programme's risk register. Every query is limited to the scope's organisation.

export type RiskRow = typeof risks.$inferSelect;

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

/** The risks of the scope's organisation, in the order they were recorded. */
export async function listRisks(db: Executor, scope: OrganisationScope): Promise<RiskRow[]> {
  return db
    .select()
    .from(risks)
    .where(eq(risks.organisationId, scope.organisationId))
    .orderBy(asc(risks.createdAt), asc(risks.id));
}

/** A risk of the scope's organisation (optionally locked for update), or undefined. */
export async function getRisk(
  db: Executor,
  scope: OrganisationScope,
  riskId: string,
  options: { lock?: boolean } = {},
): Promise<RiskRow | undefined> {
  const query = db.select().from(risks).where(inScope(scope, riskId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
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
