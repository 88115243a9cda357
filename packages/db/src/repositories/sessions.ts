import { and, eq, gt, lt } from 'drizzle-orm';
import type pg from 'pg';
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

/** A user's role in one organisation, as loaded with the session. */
export interface SessionMembership {
  organisationId: string;
  role: 'org_admin' | 'facilitator' | 'respondent' | 'auditor' | 'viewer' | 'programme_office';
}

const sessionSql = `
  select s.csrf_token, s.last_seen_at, u.id as user_id, u.email, u.display_name, u.is_platform_admin, u.preferred_language,
         (select json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
            from memberships m where m.user_id = u.id) as memberships
    from sessions s join users u on u.id = s.user_id
   where s.token_hash = $1 and s.expires_at > now() and u.disabled_at is null`;

/**
 * The active session with its user and all the user's memberships, in one prepared query: every
 * request needs them, so they cost one round trip, not three.
 */
export async function findActiveSessionWithMemberships(pool: pg.Pool, tokenHash: string) {
  const result = await pool.query<{
    csrf_token: string;
    last_seen_at: Date;
    user_id: string;
    email: string;
    display_name: string;
    is_platform_admin: boolean;
    preferred_language: string;
    memberships: SessionMembership[] | null;
  }>({ name: 'citymaturity.session', text: sessionSql, values: [tokenHash] });
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    user: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      isPlatformAdmin: row.is_platform_admin,
      preferredLanguage: row.preferred_language,
    },
    memberships: row.memberships ?? [],
  };
}
