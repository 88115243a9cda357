import { repositories, type Executor } from '@citymaturity/db';
import { newToken, tokenHash } from './tokens.js';

// A person given an account by someone else (an external auditor invited to an assessment) sets
// their own password through a one-time link, shown once to whoever invited them. The link's token
// is `<user id>.<secret>`; the setup-token table stores `account:<user id>:<SHA-256 of the
// secret>` with its expiry, so the token is bound to that account, is used once, and can never be
// mistaken for the platform's first-start setup token (stored as a bare SHA-256).

/** An account setup link is valid this long. */
export const accountSetupTtlMs = 7 * 24 * 60 * 60 * 1000;

/**
 * The password hash of an account waiting for its owner to set a password: not an argon2 hash,
 * so no password ever matches it (sign-in fails until the link is used).
 */
export const pendingPasswordHash = '!account-setup-pending';

/** True while the account's owner has not set a password through their link. */
export function isAccountSetupPending(passwordHash: string): boolean {
  return passwordHash === pendingPasswordHash;
}

const storedKey = (userId: string, secret: string) => `account:${userId}:${tokenHash(secret)}`;

/** Issues a one-time link for the user to set their password: the token (shown once) and its expiry. */
export async function issueAccountSetupToken(
  db: Executor,
  userId: string,
  now = new Date(),
): Promise<{ token: string; link: string; expiresAt: Date }> {
  const secret = newToken();
  const expiresAt = new Date(now.getTime() + accountSetupTtlMs);
  await repositories.createSetupToken(db, storedKey(userId, secret), expiresAt);
  const token = `${userId}.${secret}`;
  // In the fragment: browsers never send it, so the token stays out of every request log.
  return { token, link: `/account-setup#${token}`, expiresAt };
}

/** Uses up an account setup token; the user it was issued for, or undefined when it is not valid. */
export async function consumeAccountSetupToken(
  db: Executor,
  token: string,
): Promise<string | undefined> {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
  if (!match?.[1] || !match[2]) return undefined;
  const [, userId, secret] = match;
  return (await repositories.consumeSetupToken(db, storedKey(userId, secret))) ? userId : undefined;
}
