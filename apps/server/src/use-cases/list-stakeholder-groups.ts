import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { allStakeholderGroups } from './stakeholder-support.js';

/**
 * The stakeholder groups an organisation's respondents can be in: the standard ones and the
 * organisation's own, each with how many respondents of its assessments are in it.
 */
export async function listStakeholderGroups(ctx: AppContext, access: OrganisationAccess) {
  const db = ctx.database.db;
  const [groups, counts] = await Promise.all([
    allStakeholderGroups(db, access.scope),
    repositories.countRespondentsByGroup(db, access.scope),
  ]);
  return groups.map((g) => ({ ...g, respondents: counts.get(g.key) ?? 0 }));
}
