import { isStandardStakeholderGroup } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';

/**
 * Deletes a stakeholder group of the organisation's own, unless a respondent of one of its
 * assessments is in it (the group is locked first, so that nobody joins it meanwhile).
 */
export async function deleteStakeholderGroup(
  ctx: AppContext,
  access: OrganisationAccess,
  key: string,
  ip: string,
): Promise<void> {
  if (isStandardStakeholderGroup(key)) throw new HttpError(409, 'standard-stakeholder-group');
  await ctx.database.db.transaction(async (tx) => {
    const group = await repositories.getOwnStakeholderGroup(tx, access.scope, key, 'update');
    if (!group) throw notFound();
    if (await repositories.stakeholderGroupInUse(tx, access.scope, key))
      throw new HttpError(409, 'stakeholder-group-in-use');
    await repositories.deleteOwnStakeholderGroup(tx, access.scope, key);
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'stakeholder-group.delete',
      targetType: 'stakeholder-group',
      targetId: key,
      outcome: 'success',
      ip,
      details: { nameZh: group.nameZh, nameEn: group.nameEn },
    });
  });
}
