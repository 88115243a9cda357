import type { OrganisationRole } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { findOrCreateUser } from './find-or-create-user.js';

function presentMember(m: {
  userId: string;
  email: string;
  displayName: string;
  role: OrganisationRole;
  since: Date;
}) {
  return {
    userId: m.userId,
    email: m.email,
    displayName: m.displayName,
    role: m.role,
    since: m.since.toISOString(),
  };
}

/** The members of the organisation. */
export async function listMembers(ctx: AppContext, access: OrganisationAccess) {
  return (await repositories.listMembers(ctx.database.db, access.scope)).map(presentMember);
}

/**
 * Adds a person to the organisation with a role: an existing account by email, or a new account
 * with the initial password given (which they can change after signing in).
 */
export async function addMember(
  ctx: AppContext,
  access: OrganisationAccess,
  input: {
    email: string;
    displayName: string;
    role: OrganisationRole;
    password?: string | undefined;
  },
  ip: string,
) {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const user = await findOrCreateUser(tx, input, passwordHash);
    await repositories.setMembership(tx, access.scope, user.id, input.role);
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'member.add',
      targetType: 'user',
      targetId: user.id,
      outcome: 'success',
      ip,
      details: { role: input.role },
    });
    const member = (await repositories.listMembers(tx, access.scope)).find(
      (m) => m.userId === user.id,
    );
    if (!member) throw new Error('member vanished');
    return presentMember(member);
  });
}

/** Changes a member's role; the organisation keeps at least one administrator. */
export async function changeMemberRole(
  ctx: AppContext,
  access: OrganisationAccess,
  userId: string,
  role: OrganisationRole,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const current = await repositories.getMembershipRole(tx, userId, access.scope.organisationId);
    if (!current) throw notFound();
    if (
      current === 'org_admin' &&
      role !== 'org_admin' &&
      (await repositories.countOrganisationAdmins(tx, access.scope)) <= 1
    ) {
      throw new HttpError(409, 'last-admin');
    }
    await repositories.setMembership(tx, access.scope, userId, role);
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'member.role',
      targetType: 'user',
      targetId: userId,
      outcome: 'success',
      ip,
      details: { from: current, to: role },
    });
    const member = (await repositories.listMembers(tx, access.scope)).find(
      (m) => m.userId === userId,
    );
    if (!member) throw notFound();
    return presentMember(member);
  });
}

/** Removes a member; the organisation keeps at least one administrator. */
export async function removeMember(
  ctx: AppContext,
  access: OrganisationAccess,
  userId: string,
  ip: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const current = await repositories.getMembershipRole(tx, userId, access.scope.organisationId);
    if (!current) throw notFound();
    if (
      current === 'org_admin' &&
      (await repositories.countOrganisationAdmins(tx, access.scope)) <= 1
    )
      throw new HttpError(409, 'last-admin');
    await repositories.removeMembership(tx, access.scope, userId);
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'member.remove',
      targetType: 'user',
      targetId: userId,
      outcome: 'success',
      ip,
    });
  });
}
