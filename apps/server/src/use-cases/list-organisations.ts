import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';
import { presentMembership, presentOrganisation } from '../http/presenters.js';

/**
 * The organisations of the user, with their role; platform administrators also get every
 * organisation (without a role, so without access to its data).
 */
export async function listOrganisations(ctx: AppContext, auth: RequestAuth) {
  const mine = await repositories.listOrganisationsOfUser(ctx.database.db, auth.user.id);
  const memberships = mine.map((r) => presentMembership(r.organisation, r.role));
  const all = auth.user.isPlatformAdmin
    ? (await repositories.listAllOrganisations(ctx.database.db)).map(presentOrganisation)
    : [];
  return { memberships, all };
}
