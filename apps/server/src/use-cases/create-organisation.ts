import { repositories } from '@citymaturity/db';
import type { RequestAuth } from '../auth/authenticate.js';
import type { AppContext } from '../context.js';
import { forbidden } from '../http/http-error.js';
import { presentOrganisation } from '../http/presenters.js';

export interface OrganisationInput {
  nameZh: string;
  nameEn: string;
  country: string;
  region?: string | null | undefined;
  population?: number | null | undefined;
  kind: 'city' | 'district' | 'rural-community';
}

/**
 * Creates an organisation (platform administrators only). The creator does not become a member:
 * platform administration gives no access to a city's data; add an organisation administrator.
 */
export async function createOrganisation(
  ctx: AppContext,
  auth: RequestAuth,
  input: OrganisationInput,
  ip: string,
) {
  if (!auth.user.isPlatformAdmin) throw forbidden();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.createOrganisation(tx, {
      ...input,
      region: input.region ?? null,
      population: input.population ?? null,
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
    return presentOrganisation(row);
  });
}
