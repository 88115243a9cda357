import { repositories } from '@citymaturity/db';
import { hashPassword } from '../auth/passwords.js';
import { newToken, tokenHash } from '../auth/tokens.js';
import type { AppContext } from '../context.js';

/** A setup link is valid this long. */
const setupTokenTtlMs = 24 * 60 * 60 * 1000;

/**
 * First start: makes sure there is a platform administrator. With CITYMATURITY_ADMIN_EMAIL and
 * CITYMATURITY_ADMIN_PASSWORD the account is created (or an existing account with that email is
 * made platform administrator); without them, a one-time setup token is issued for a link that
 * the server prints. Returns that token, or null when an administrator exists.
 */
export async function ensureFirstAdmin(
  ctx: AppContext,
): Promise<{ setupToken: string | null; createdAdmin: string | null }> {
  const db = ctx.database.db;
  const email = ctx.config.CITYMATURITY_ADMIN_EMAIL;
  const password = ctx.config.CITYMATURITY_ADMIN_PASSWORD;
  if (email && password) {
    const existing = await repositories.findUserByEmail(db, email);
    if (existing?.isPlatformAdmin) return { setupToken: null, createdAdmin: null };
    await db.transaction(async (tx) => {
      if (existing) {
        await repositories.setPlatformAdmin(tx, existing.id);
      } else {
        await repositories.createUser(tx, {
          email,
          displayName: email.split('@')[0] ?? email,
          passwordHash: await hashPassword(password),
          isPlatformAdmin: true,
        });
      }
      await repositories.appendAudit(tx, {
        action: 'platform-admin.create',
        outcome: 'success',
        details: { email, source: 'environment' },
      });
    });
    return { setupToken: null, createdAdmin: email };
  }
  if ((await repositories.countPlatformAdmins(db)) > 0)
    return { setupToken: null, createdAdmin: null };
  const token = newToken();
  await repositories.createSetupToken(db, tokenHash(token), new Date(Date.now() + setupTokenTtlMs));
  return { setupToken: token, createdAdmin: null };
}
