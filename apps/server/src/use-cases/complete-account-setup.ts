import { repositories } from '@citymaturity/db';
import { consumeAccountSetupToken } from '../auth/account-setup-tokens.js';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/**
 * Sets the password of an account created for someone else's invitation (an external auditor),
 * with the one-time link they were given; the link is used up. Returns the account's email, to
 * sign in with.
 */
export async function completeAccountSetup(
  ctx: AppContext,
  input: { token: string; password: string },
  ip: string,
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.database.db.transaction(async (tx) => {
    const userId = await consumeAccountSetupToken(tx, input.token);
    const user = userId ? await repositories.getUser(tx, userId) : undefined;
    if (!user) throw new HttpError(400, 'account-setup-not-available');
    await repositories.updateUserPassword(tx, user.id, passwordHash, null);
    await repositories.appendAudit(tx, {
      actorUserId: user.id,
      action: 'account.setup',
      outcome: 'success',
      ip,
    });
    return { email: user.email };
  });
}
