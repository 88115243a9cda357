import { isStandardStakeholderGroup } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';

/** Renames a stakeholder group of the organisation's own (its key, which respondents refer to, stays). */
export async function renameStakeholderGroup(
  ctx: AppContext,
  access: OrganisationAccess,
  key: string,
  names: { nameZh?: string | undefined; nameEn?: string | undefined },
  ip: string,
) {
  if (isStandardStakeholderGroup(key)) throw new HttpError(409, 'standard-stakeholder-group');
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.renameOwnStakeholderGroup(tx, access.scope, key, {
      ...(names.nameZh === undefined ? {} : { nameZh: names.nameZh }),
      ...(names.nameEn === undefined ? {} : { nameEn: names.nameEn }),
    });
    if (!row) throw notFound();
    await repositories.appendAudit(tx, {
      actorUserId: access.auth.user.id,
      organisationId: access.scope.organisationId,
      action: 'stakeholder-group.rename',
      targetType: 'stakeholder-group',
      targetId: key,
      outcome: 'success',
      ip,
      details: { ...names },
    });
    const respondents = (await repositories.countRespondentsByGroup(tx, access.scope)).get(key);
    return {
      key,
      name: { zh: row.nameZh, en: row.nameEn },
      standard: false,
      respondents: respondents ?? 0,
    };
  });
}
