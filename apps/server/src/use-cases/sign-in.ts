import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords.js';
import { newToken, tokenHash } from '../auth/tokens.js';
import { sessionIdleMs } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/** At most this many failed sign-ins per account per window, whatever the source address. */
const accountAttempts = { max: 10, windowMs: 15 * 60 * 1000 };

/**
 * Signs a user in: checks the password (argon2id; the same time whether or not the account
 * exists), creates a session in the database and returns its token (for the cookie) and CSRF token.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; auth: RequestAuth }> {
  const db = ctx.database.db;
  const email = repositories.normaliseEmail(input.email);
  const limitKey = `sign-in:account:${email}`;
  const { count } = await repositories.hitRateLimit(db, limitKey, accountAttempts.windowMs);
  if (count > accountAttempts.max) {
    await repositories.appendAudit(db, {
      action: 'session.create',
      outcome: 'denied',
      ip: input.ip,
      details: { email, reason: 'rate-limited' },
    });
    throw new HttpError(429, 'rate-limited');
  }
  const user = await repositories.findUserByEmail(db, email);
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyAgainstDummy(input.password), false);
  if (!user || !ok || user.disabledAt !== null) {
    await repositories.appendAudit(db, {
      actorUserId: user?.id ?? null,
      action: 'session.create',
      outcome: 'failure',
      ip: input.ip,
      details: { email },
    });
    throw new HttpError(401, 'invalid-credentials');
  }
  await repositories.resetRateLimit(db, limitKey);
  const token = newToken();
  const csrfToken = newToken();
  await repositories.createSession(db, {
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + sessionIdleMs),
    userAgent: input.userAgent?.slice(0, 400) ?? null,
  });
  await repositories.appendAudit(db, {
    actorUserId: user.id,
    action: 'session.create',
    outcome: 'success',
    ip: input.ip,
  });
  const session = await repositories.findActiveSessionWithMemberships(
    ctx.database.pool,
    tokenHash(token),
  );
  if (!session) throw new Error('new session not found');
  return {
    token,
    auth: {
      user: session.user,
      sessionHash: tokenHash(token),
      csrfToken,
      memberships: session.memberships,
    },
  };
}
