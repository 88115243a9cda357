import { and, asc, eq, sql } from 'drizzle-orm';
import { principleAgreements, stakeholderRegister } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The stakeholder register of an organisation's programme office (ISO 37106 6.5.2). Every query
// is limited to the scope's organisation.

export type StakeholderRow = typeof stakeholderRegister.$inferSelect;

/** A registered stakeholder with how many of the city's principles it agreed and who changed it last. */
export interface StakeholderRecord extends StakeholderRow {
  principleAgreements: number;
  updatedByName: string | null;
}

/** The editable fields of a registered stakeholder. */
export interface StakeholderValues {
  name: string;
  typeId: string;
  affiliation: string;
  influence: number;
  interest: number;
  engagementLevel: StakeholderRow['engagementLevel'];
  engagementPlan: string;
  contact: string;
}

/** How many of the city's principles the stakeholder agreed (always within its organisation). */
const agreementCount = sql<number>`(select count(*) from ${principleAgreements}
  where ${principleAgreements.stakeholderId} = ${stakeholderRegister.id}
    and ${principleAgreements.organisationId} = ${stakeholderRegister.organisationId})`.mapWith(
  Number,
);

const recordColumns = {
  stakeholder: stakeholderRegister,
  agreements: agreementCount,
  updatedByName: users.displayName,
};
const toRecord = (r: {
  stakeholder: StakeholderRow;
  agreements: number;
  updatedByName: string | null;
}): StakeholderRecord => ({
  ...r.stakeholder,
  principleAgreements: r.agreements,
  updatedByName: r.updatedByName,
});

/** The register of the scope's organisation, by name, each with its number of principle agreements. */
export async function listStakeholders(
  db: Executor,
  scope: OrganisationScope,
): Promise<StakeholderRecord[]> {
  const rows = await db
    .select(recordColumns)
    .from(stakeholderRegister)
    .leftJoin(users, eq(users.id, stakeholderRegister.updatedBy))
    .where(eq(stakeholderRegister.organisationId, scope.organisationId))
    .orderBy(asc(stakeholderRegister.name), asc(stakeholderRegister.id));
  return rows.map(toRecord);
}

/** A stakeholder of the scope's organisation (optionally locked for update), or undefined. */
export async function getStakeholder(
  db: Executor,
  scope: OrganisationScope,
  stakeholderId: string,
  options: { lock?: boolean } = {},
): Promise<StakeholderRecord | undefined> {
  const query = db
    .select(recordColumns)
    .from(stakeholderRegister)
    .leftJoin(users, eq(users.id, stakeholderRegister.updatedBy))
    .where(
      and(
        eq(stakeholderRegister.id, stakeholderId),
        eq(stakeholderRegister.organisationId, scope.organisationId),
      ),
    );
  const [row] = options.lock ? await query.for('update', { of: stakeholderRegister }) : await query;
  return row ? toRecord(row) : undefined;
}

/** Registers a stakeholder in the scope's organisation (version 1). */
export async function createStakeholder(
  db: Executor,
  scope: OrganisationScope,
  values: StakeholderValues & { updatedBy: string | null },
): Promise<StakeholderRow> {
  const [row] = await db
    .insert(stakeholderRegister)
    .values({ ...values, organisationId: scope.organisationId })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Changes a stakeholder of the scope's organisation and gives it the next version. The version
 * check is the caller's, on the row it locked in the same transaction.
 */
export async function updateStakeholder(
  db: Executor,
  scope: OrganisationScope,
  stakeholderId: string,
  values: Partial<StakeholderValues> & { version: number; updatedBy: string | null },
): Promise<StakeholderRow | undefined> {
  const [row] = await db
    .update(stakeholderRegister)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(
        eq(stakeholderRegister.id, stakeholderId),
        eq(stakeholderRegister.organisationId, scope.organisationId),
      ),
    )
    .returning();
  return row;
}

/**
 * Removes a stakeholder of the scope's organisation; its agreements to the city's principles go
 * with it (the database cascades). Returns whether there was one.
 */
export async function deleteStakeholder(
  db: Executor,
  scope: OrganisationScope,
  stakeholderId: string,
): Promise<boolean> {
  const rows = await db
    .delete(stakeholderRegister)
    .where(
      and(
        eq(stakeholderRegister.id, stakeholderId),
        eq(stakeholderRegister.organisationId, scope.organisationId),
      ),
    )
    .returning({ id: stakeholderRegister.id });
  return rows.length > 0;
}
