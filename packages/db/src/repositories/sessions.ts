import { and, eq, gt, lt } from 'drizzle-orm';
import { sessions, users } from '../schema/tables.js';
import type { Executor } from './scope.js';

export async function createSession(
  db: Executor,
  values: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The session with this token hash and its user, if it has not expired and the user is not disabled. */
export async function findActiveSession(db: Executor, tokenHash: string, now = new Date()) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row || row.user.disabledAt !== null) return undefined;
  return row;
}

/** Moves a session's expiry forward (sliding expiry). */
export async function touchSession(
  db: Executor,
  tokenHash: string,
  expiresAt: Date,
  now = new Date(),
): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Executor, now = new Date()): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}
