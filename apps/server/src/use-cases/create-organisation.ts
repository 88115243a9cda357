import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { hashPassword } from '../auth/passwords.js';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';
import { forbidden, notFound } from '../http/http-error.js';
import { presentOrganisation } from '../http/presenters.js';
import { findOrCreateUser, type PersonInput } from './find-or-create-user.js';

export interface OrganisationInput {
  nameZh: string;
  nameEn: string;
  country: string;
  region?: string | null | undefined;
  population?: number | null | undefined;
  kind: 'city' | 'district' | 'rural-community';
}

async function makeAdministrator(
  tx: Executor,
  auth: RequestAuth,
  scope: OrganisationScope,
  person: PersonInput,
  passwordHash: string | undefined,
  passwordField: string,
  ip: string,
) {
  const user = await findOrCreateUser(tx, person, passwordHash, passwordField);
  await repositories.setMembership(tx, scope, user.id, 'org_admin');
  await repositories.appendAudit(tx, {
    actorUserId: auth.user.id,
    organisationId: scope.organisationId,
    action: 'member.add',
    targetType: 'user',
    targetId: user.id,
    outcome: 'success',
    ip,
    details: { role: 'org_admin' },
  });
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: 'org_admin' as const,
  };
}

/**
 * Creates an organisation with its first administrator (platform administrators only), in one
 * transaction. The creator does not become a member: platform administration gives no access to
 * a city's data.
 */
export async function createOrganisation(
  ctx: AppContext,
  auth: RequestAuth,
  input: OrganisationInput & { administrator: PersonInput },
  ip: string,
) {
  if (!auth.user.isPlatformAdmin) throw forbidden();
  const { administrator, ...organisation } = input;
  const passwordHash = administrator.password
    ? await hashPassword(administrator.password)
    : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.createOrganisation(tx, {
      ...organisation,
      region: organisation.region ?? null,
      population: organisation.population ?? null,
    });
    await repositories.appendAudit(tx, {
      actorUserId: auth.user.id,
      organisationId: row.id,
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: row.id,
      outcome: 'success',
      ip,
    });
    const scope: OrganisationScope = { organisationId: row.id };
    await makeAdministrator(
      tx,
      auth,
      scope,
      administrator,
      passwordHash,
      'body.administrator.password',
      ip,
    );
    return presentOrganisation(row);
  });
}

/**
 * Makes a person an administrator of an existing organisation (platform administrators only),
 * e.g. when its only administrator has left. Gives the platform administrator no access itself.
 */
export async function addOrganisationAdministrator(
  ctx: AppContext,
  auth: RequestAuth,
  organisationId: string,
  person: PersonInput,
  ip: string,
) {
  if (!auth.user.isPlatformAdmin) throw forbidden();
  const passwordHash = person.password ? await hashPassword(person.password) : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const scope: OrganisationScope = { organisationId };
    if (!(await repositories.getOrganisation(tx, scope))) throw notFound();
    return makeAdministrator(tx, auth, scope, person, passwordHash, 'body.password', ip);
  });
}
