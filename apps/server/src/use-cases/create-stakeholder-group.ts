import { isStandardStakeholderGroup, stakeholderGroupKeyFor } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/**
 * Adds a stakeholder group of the organisation's own. Its key is the one given, or is made of the
 * English name (numbered when taken); a key that is taken or a standard group's is refused.
 */
export async function createStakeholderGroup(
  ctx: AppContext,
  access: OrganisationAccess,
  input: { key?: string | undefined; nameZh: string; nameEn: string },
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    let key = input.key;
    if (key === undefined) {
      const taken = await repositories.listOwnStakeholderGroups(tx, access.scope);
      key = stakeholderGroupKeyFor(input.nameEn, new Set(taken.map((g) => g.key)));
    }
    if (isStandardStakeholderGroup(key)) throw new HttpError(409, 'stakeholder-group-exists');
    const row = await repositories.createOwnStakeholderGroup(tx, access.scope, {
      key,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
    });
    if (!row) throw new HttpError(409, 'stakeholder-group-exists');
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'stakeholder-group.create',
      targetType: 'stakeholder-group',
      targetId: key,
      outcome: 'success',
      ip,
      details: { nameZh: input.nameZh, nameEn: input.nameEn },
    });
    return {
      key,
      name: { zh: row.nameZh, en: row.nameEn },
      standard: false,
      respondents: 0,
    };
  });
}
