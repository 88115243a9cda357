import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';
import { presentMembership, presentUser } from '../http/presenters.js';
import { presentGrant } from './list-auditors.js';

/** Who is signed in, their organisations and roles, and the CSRF token; or that nobody is (and whether setup is needed). */
export async function getSessionInfo(ctx: AppContext, auth: RequestAuth | null) {
  const limits = { maxUploadMegabytes: ctx.config.CITYMATURITY_MAX_UPLOAD_MB };
  if (!auth) {
    const admins = await repositories.countPlatformAdmins(ctx.database.db);
    return {
      authenticated: false as const,
      setupNeeded: admins === 0,
      ...(ctx.demoLogin ? { demoLogin: ctx.demoLogin } : {}),
      limits,
    };
  }
  const [rows, grants] = await Promise.all([
    repositories.listOrganisationsOfUser(ctx.database.db, auth.user.id),
    repositories.listGrantsOfUser(ctx.database.db, auth.user.id),
  ]);
  return {
    authenticated: true as const,
    user: presentUser(auth.user),
    memberships: rows.map((r) => presentMembership(r.organisation, r.role)),
    // Single assessments of organisations the user is not a member of (external audits).
    grants: grants.map(presentGrant),
    csrfToken: auth.csrfToken,
    limits,
  };
}
