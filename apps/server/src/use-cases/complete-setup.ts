import { repositories } from '@citymaturity/db';
import { hashPassword } from '../auth/passwords.js';
import { tokenHash } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/** Creates the first platform administrator with a one-time setup token (which is used up). */
export async function completeSetup(
  ctx: AppContext,
  input: { token: string; email: string; password: string; displayName: string },
  ip: string,
): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.database.db.transaction(async (tx) => {
    if (!(await repositories.consumeSetupToken(tx, tokenHash(input.token))))
      throw new HttpError(400, 'setup-not-available');
    if (await repositories.findUserByEmail(tx, input.email))
      throw new HttpError(409, 'email-taken');
    const user = await repositories.createUser(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      isPlatformAdmin: true,
    });
    await repositories.appendAudit(tx, {
      actorUserId: user.id,
      action: 'platform-admin.create',
      outcome: 'success',
      ip,
      details: { source: 'setup-link' },
    });
    return { userId: user.id };
  });
}
