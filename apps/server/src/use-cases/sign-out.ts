import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';

/** Ends the session (the cookie is cleared by the route). */
export async function signOut(ctx: AppContext, auth: RequestAuth, ip: string): Promise<void> {
  await repositories.deleteSession(ctx.database.db, auth.sessionHash);
  await repositories.appendAudit(ctx.database.db, {
    actorUserId: auth.user.id,
    action: 'session.delete',
    outcome: 'success',
    ip,
  });
}
