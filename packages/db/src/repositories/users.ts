import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../schema/tables.js';
import type { Executor } from './scope.js';

export type UserRow = typeof users.$inferSelect;

/** Emails are compared case-insensitively: they are stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row;
}

export async function getUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function createUser(
  db: Executor,
  values: {
    email: string;
    displayName: string;
    passwordHash: string;
    isPlatformAdmin?: boolean;
    preferredLanguage?: string;
  },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: normaliseEmail(values.email) })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUserProfile(
  db: Executor,
  id: string,
  values: { displayName?: string; preferredLanguage?: string },
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** Sets a new password hash and ends every other session of the user. */
export async function updateUserPassword(
  db: Executor,
  id: string,
  passwordHash: string,
  keepSessionHash: string | null,
): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id));
  await db
    .delete(sessions)
    .where(
      keepSessionHash === null
        ? eq(sessions.userId, id)
        : and(eq(sessions.userId, id), ne(sessions.tokenHash, keepSessionHash)),
    );
}

export async function countPlatformAdmins(db: Executor): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.isPlatformAdmin, true));
  return rows.length;
}

/** Makes a user a platform administrator. */
export async function setPlatformAdmin(db: Executor, id: string): Promise<void> {
  await db
    .update(users)
    .set({ isPlatformAdmin: true, updatedAt: new Date() })
    .where(eq(users.id, id));
}
