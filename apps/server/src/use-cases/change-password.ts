import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/** Changes the user's password after checking the current one; every other session of the user ends. */
export async function changePassword(
  ctx: AppContext,
  auth: RequestAuth,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<void> {
  const db = ctx.database.db;
  const user = await repositories.getUser(db, auth.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await repositories.appendAudit(db, {
      actorUserId: auth.user.id,
      action: 'account.password',
      outcome: 'failure',
      ip,
    });
    throw new HttpError(400, 'wrong-password');
  }
  await db.transaction(async (tx) => {
    await repositories.updateUserPassword(
      tx,
      user.id,
      await hashPassword(input.newPassword),
      auth.sessionHash,
    );
    await repositories.appendAudit(tx, {
      actorUserId: user.id,
      action: 'account.password',
      outcome: 'success',
      ip,
    });
  });
}
