import { roleAllows, type OrganisationAction, type OrganisationRole } from '@citymaturity/core';
import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { forbidden, notFound } from '../http/http-error.js';
import { requireAuth, type RequestAuth } from './authenticate.js';

/** A caller allowed to act in an organisation: the scope every query of theirs is limited to, and their role. */
export interface OrganisationAccess {
  auth: RequestAuth;
  scope: OrganisationScope;
  role: OrganisationRole;
}

/**
 * Checks that the signed-in user is a member of the organisation and that their role allows the
 * action. Not a member → 404 (another organisation's data is not even acknowledged to exist);
 * a member whose role does not allow it → 403 (recorded in the audit log).
 */
export async function authorizeOrganisation(
  ctx: AppContext,
  request: FastifyRequest,
  organisationId: string,
  action: OrganisationAction,
): Promise<OrganisationAccess> {
  const auth = requireAuth(request);
  const role = auth.memberships.find((m) => m.organisationId === organisationId)?.role;
  if (!role) throw notFound();
  if (!roleAllows(role, action)) {
    await repositories.appendAudit(ctx.database.db, {
      actorUserId: auth.user.id,
      organisationId,
      action,
      outcome: 'denied',
      ip: request.ip,
      details: { method: request.method, url: request.url },
    });
    throw forbidden();
  }
  return { auth, scope: { organisationId }, role };
}
