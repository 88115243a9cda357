import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';
import { presentUser } from '../http/presenters.js';

/** Changes the user's display name or preferred language. */
export async function updateAccount(
  ctx: AppContext,
  auth: RequestAuth,
  input: { displayName?: string | undefined; preferredLanguage?: 'zh-CN' | 'en' | undefined },
) {
  const row = await repositories.updateUserProfile(ctx.database.db, auth.user.id, {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    ...(input.preferredLanguage === undefined
      ? {}
      : { preferredLanguage: input.preferredLanguage }),
  });
  if (!row) throw new Error('signed-in user vanished');
  return presentUser(row);
}
