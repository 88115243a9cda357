import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { presentOrganisation } from '../http/presenters.js';
import type { OrganisationInput } from './create-organisation.js';

/** Changes the organisation's profile (organisation administrators). */
export async function updateOrganisation(
  ctx: AppContext,
  access: OrganisationAccess,
  input: Partial<OrganisationInput>,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.updateOrganisation(tx, access.scope, input);
    if (!row) throw notFound();
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: row.id,
      action: 'organisation.update',
      targetType: 'organisation',
      targetId: row.id,
      outcome: 'success',
      ip,
      details: { fields: Object.keys(input) },
    });
    return presentOrganisation(row);
  });
}
