import { and, asc, eq } from 'drizzle-orm';
import { memberships, users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type MembershipRole = (typeof memberships.$inferSelect)['role'];

/** A user's role in an organisation, or undefined when not a member. */
export async function getMembershipRole(
  db: Executor,
  userId: string,
  organisationId: string,
): Promise<MembershipRole | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row?.role;
}

/** The members of the scope's organisation. */
export async function listMembers(db: Executor, scope: OrganisationScope) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(memberships.userId, users.id))
    .where(eq(memberships.organisationId, scope.organisationId))
    .orderBy(asc(users.displayName));
}

/** Adds a user to the scope's organisation, or changes their role there. */
export async function setMembership(
  db: Executor,
  scope: OrganisationScope,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await db
    .insert(memberships)
    .values({ userId, organisationId: scope.organisationId, role })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.organisationId],
      set: { role },
    });
}

/** Removes a user from the scope's organisation; false when they were not a member. */
export async function removeMembership(
  db: Executor,
  scope: OrganisationScope,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(
      and(eq(memberships.userId, userId), eq(memberships.organisationId, scope.organisationId)),
    )
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Number of organisation administrators of the scope's organisation. */
export async function countOrganisationAdmins(
  db: Executor,
  scope: OrganisationScope,
): Promise<number> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, scope.organisationId), eq(memberships.role, 'org_admin')),
    );
  return rows.length;
}
