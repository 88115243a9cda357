import {
  grantAllows,
  memberActionFor,
  roleAllows,
  type AssessmentGrantAction,
  type AssessmentGrantRole,
  type OrganisationAction,
  type OrganisationRole,
} from '@citymaturity/core';
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

/**
 * What a use case that only reads or writes within an organisation needs of its caller: who they
 * are and the scope every query is limited to ({@link OrganisationAccess} and
 * {@link AssessmentAccess} both are one).
 */
export interface ScopedCaller {
  auth: RequestAuth;
  scope: OrganisationScope;
}

/**
 * A caller that may be a member (with a role) or the holder of a grant on one assessment (role
 * null): for use cases whose answer depends on which ({@link OrganisationAccess} is one too).
 */
export interface AssessmentCaller extends ScopedCaller {
  role: OrganisationRole | null;
  grant?: AssessmentGrantRole | null;
}

/**
 * A caller allowed to act on one assessment: a member of its organisation (with their role), or
 * someone holding a grant on that assessment only (an external auditor, `role` null).
 */
export interface AssessmentAccess {
  auth: RequestAuth;
  scope: OrganisationScope;
  assessmentId: string;
  role: OrganisationRole | null;
  grant: AssessmentGrantRole | null;
}

/**
 * Checks that the signed-in user may take an action on one assessment: as a member whose role
 * allows the matching organisation action ({@link memberActionFor}), or through a grant on this
 * assessment that allows it. Neither member nor grantee → 404; allowed to see but not to do → 403
 * (recorded in the audit log). The assessment's existence in the organisation is left to the use
 * case, which reads it through the scope.
 */
export async function authorizeAssessment(
  ctx: AppContext,
  request: FastifyRequest,
  organisationId: string,
  assessmentId: string,
  action: AssessmentGrantAction,
): Promise<AssessmentAccess> {
  const auth = requireAuth(request);
  const scope = { organisationId };
  const role = auth.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
  const grant = role
    ? undefined
    : await repositories.getAssessmentGrant(
        ctx.database.db,
        auth.user.id,
        organisationId,
        assessmentId,
      );
  if (!role && !grant) throw notFound();
  const memberAction = memberActionFor[action];
  const allowed = role
    ? memberAction !== null && roleAllows(role, memberAction)
    : grant !== undefined && grantAllows(grant.role, action);
  if (!allowed) {
    await repositories.appendAudit(ctx.database.db, {
      actorUserId: auth.user.id,
      organisationId,
      action,
      outcome: 'denied',
      ip: request.ip,
      details: { method: request.method, url: request.url, assessmentId },
    });
    throw forbidden();
  }
  return { auth, scope, assessmentId, role, grant: grant?.role ?? null };
}
