import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { stakeholderGroups } from '../schema/collaboration.js';
import { respondents } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type StakeholderGroupRow = typeof stakeholderGroups.$inferSelect;

/** The organisation's own stakeholder groups (besides the standard ones), by key. */
export async function listOwnStakeholderGroups(
  db: Executor,
  scope: OrganisationScope,
): Promise<StakeholderGroupRow[]> {
  return db
    .select()
    .from(stakeholderGroups)
    .where(eq(stakeholderGroups.organisationId, scope.organisationId))
    .orderBy(asc(stakeholderGroups.key));
}

/**
 * One of the organisation's own groups. `lock` (inside a transaction): `share` while a respondent is
 * put in the group (so that it cannot be deleted meanwhile), `update` to rename or delete it.
 */
export async function getOwnStakeholderGroup(
  db: Executor,
  scope: OrganisationScope,
  key: string,
  lock?: 'share' | 'update',
): Promise<StakeholderGroupRow | undefined> {
  const query = db
    .select()
    .from(stakeholderGroups)
    .where(
      and(
        eq(stakeholderGroups.organisationId, scope.organisationId),
        eq(stakeholderGroups.key, key),
      ),
    );
  const [row] = await (lock ? query.for(lock) : query);
  return row;
}

/** Adds a group of the organisation's own; undefined when the key is taken. */
export async function createOwnStakeholderGroup(
  db: Executor,
  scope: OrganisationScope,
  values: { key: string; nameZh: string; nameEn: string },
): Promise<StakeholderGroupRow | undefined> {
  const [row] = await db
    .insert(stakeholderGroups)
    .values({ ...values, organisationId: scope.organisationId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Renames one of the organisation's own groups. */
export async function renameOwnStakeholderGroup(
  db: Executor,
  scope: OrganisationScope,
  key: string,
  names: { nameZh?: string; nameEn?: string },
): Promise<StakeholderGroupRow | undefined> {
  const [row] = await db
    .update(stakeholderGroups)
    .set(names)
    .where(
      and(
        eq(stakeholderGroups.organisationId, scope.organisationId),
        eq(stakeholderGroups.key, key),
      ),
    )
    .returning();
  return row;
}

/** Deletes one of the organisation's own groups. */
export async function deleteOwnStakeholderGroup(
  db: Executor,
  scope: OrganisationScope,
  key: string,
): Promise<boolean> {
  const rows = await db
    .delete(stakeholderGroups)
    .where(
      and(
        eq(stakeholderGroups.organisationId, scope.organisationId),
        eq(stakeholderGroups.key, key),
      ),
    )
    .returning({ key: stakeholderGroups.key });
  return rows.length > 0;
}

/** How many respondents of the organisation's assessments are in each stakeholder group. */
export async function countRespondentsByGroup(
  db: Executor,
  scope: OrganisationScope,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ group: respondents.stakeholderGroup, n: count() })
    .from(respondents)
    .where(
      and(
        eq(respondents.organisationId, scope.organisationId),
        isNotNull(respondents.stakeholderGroup),
      ),
    )
    .groupBy(respondents.stakeholderGroup);
  return new Map(rows.map((r) => [r.group ?? '', r.n]));
}

/** True when a respondent of one of the organisation's assessments is in the group. */
export async function stakeholderGroupInUse(
  db: Executor,
  scope: OrganisationScope,
  key: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: respondents.id })
    .from(respondents)
    .where(
      and(
        eq(respondents.organisationId, scope.organisationId),
        eq(respondents.stakeholderGroup, key),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
