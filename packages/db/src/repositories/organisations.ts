import { asc, eq, inArray } from 'drizzle-orm';
import { memberships, organisations } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = Omit<
  typeof organisations.$inferInsert,
  'id' | 'createdAt' | 'updatedAt'
>;

/** Creates an organisation (a platform-level action). */
export async function createOrganisation(
  db: Executor,
  values: NewOrganisation,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The organisation of the scope. */
export async function getOrganisation(
  db: Executor,
  scope: OrganisationScope,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.id, scope.organisationId));
  return row;
}

/** Updates the organisation of the scope. */
export async function updateOrganisation(
  db: Executor,
  scope: OrganisationScope,
  values: Partial<NewOrganisation>,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, scope.organisationId))
    .returning();
  return row;
}

/** The organisations a user belongs to, with the user's role in each. */
export async function listOrganisationsOfUser(db: Executor, userId: string) {
  return db
    .select({ organisation: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.nameEn));
}

/** Every organisation (platform administrators' overview). */
export async function listAllOrganisations(db: Executor): Promise<OrganisationRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.nameEn));
}

/** Organisations by id (platform level). */
export async function getOrganisationsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}
