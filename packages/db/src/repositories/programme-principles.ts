import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  cityPrinciples,
  principleAgreements,
  stakeholderRegister,
} from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { ComponentsVersionedWrite } from './programme-components.js';
import type { Executor, OrganisationScope } from './scope.js';

// The city's implementation principles (ISO 37106 clause 5, Annex A) and the registered
// stakeholders who agreed them. Every query filters on the scope's organisation; writes are
// optimistic like those of programme-components.ts.

/** A principle of the city (one of the pack's adopted or adapted, or one the city added). */
export type CityPrincipleRecord = typeof cityPrinciples.$inferSelect & {
  /** Display name of who changed it last, when the account still exists. */
  updatedByName: string | null;
};

const principleColumns = {
  id: cityPrinciples.id,
  organisationId: cityPrinciples.organisationId,
  packPrincipleId: cityPrinciples.packPrincipleId,
  stance: cityPrinciples.stance,
  title: cityPrinciples.title,
  wording: cityPrinciples.wording,
  position: cityPrinciples.position,
  version: cityPrinciples.version,
  updatedBy: cityPrinciples.updatedBy,
  createdAt: cityPrinciples.createdAt,
  updatedAt: cityPrinciples.updatedAt,
  updatedByName: users.displayName,
};

async function selectPrinciples(db: Executor, where: SQL | undefined) {
  return db
    .select(principleColumns)
    .from(cityPrinciples)
    .leftJoin(users, eq(users.id, cityPrinciples.updatedBy))
    .where(where)
    .orderBy(asc(cityPrinciples.position), asc(cityPrinciples.createdAt), asc(cityPrinciples.id));
}

/** The principles of the scope's organisation, by position, then creation. */
export async function listCityPrinciples(
  db: Executor,
  scope: OrganisationScope,
): Promise<CityPrincipleRecord[]> {
  return selectPrinciples(db, eq(cityPrinciples.organisationId, scope.organisationId));
}

/** One principle of the organisation by its row id, or by the pack principle it stands for. */
export async function getCityPrinciple(
  db: Executor,
  scope: OrganisationScope,
  by: { id: string } | { packPrincipleId: string },
): Promise<CityPrincipleRecord | undefined> {
  const [row] = await selectPrinciples(
    db,
    and(
      eq(cityPrinciples.organisationId, scope.organisationId),
      'id' in by
        ? eq(cityPrinciples.id, by.id)
        : eq(cityPrinciples.packPrincipleId, by.packPrincipleId),
    ),
  );
  return row;
}

/** What is written of a principle. */
export interface CityPrincipleWrite {
  stance: 'adopted' | 'adapted' | 'added';
  title: string;
  wording: string;
  position: number;
  updatedBy: string | null;
}

/** Which principle a write is for: a row by id, the row of a pack principle, or a new added one. */
export type CityPrincipleTarget = { id: string } | { packPrincipleId: string } | { added: true };

/**
 * Writes a principle from the expected version: 0 creates it (for a pack principle, only while
 * the organisation has no row for it yet), any other version changes the row still at that
 * version. A conflict returns the row as stored now (undefined: none).
 */
export async function saveCityPrinciple(
  db: Executor,
  scope: OrganisationScope,
  target: CityPrincipleTarget,
  expectedVersion: number,
  values: CityPrincipleWrite,
): Promise<ComponentsVersionedWrite<CityPrincipleRecord>> {
  const [row] =
    'added' in target || ('packPrincipleId' in target && expectedVersion === 0)
      ? await db
          .insert(cityPrinciples)
          .values({
            ...values,
            organisationId: scope.organisationId,
            packPrincipleId: 'packPrincipleId' in target ? target.packPrincipleId : null,
          })
          .onConflictDoNothing()
          .returning({ id: cityPrinciples.id })
      : await db
          .update(cityPrinciples)
          .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
          .where(
            and(
              eq(cityPrinciples.organisationId, scope.organisationId),
              'id' in target
                ? eq(cityPrinciples.id, target.id)
                : eq(cityPrinciples.packPrincipleId, target.packPrincipleId),
              eq(cityPrinciples.version, expectedVersion),
            ),
          )
          .returning({ id: cityPrinciples.id });
  const saved = row ? await getCityPrinciple(db, scope, { id: row.id }) : undefined;
  if (saved) return { saved };
  if ('added' in target) return { conflict: undefined };
  return { conflict: await getCityPrinciple(db, scope, target) };
}

/**
 * Deletes a principle of the organisation (its agreements go with it) when it is still at the
 * expected version (any version when none is given); returns the deleted row.
 */
export async function deleteCityPrinciple(
  db: Executor,
  scope: OrganisationScope,
  id: string,
  expectedVersion?: number,
): Promise<typeof cityPrinciples.$inferSelect | undefined> {
  const [row] = await db
    .delete(cityPrinciples)
    .where(
      and(
        eq(cityPrinciples.organisationId, scope.organisationId),
        eq(cityPrinciples.id, id),
        expectedVersion === undefined ? undefined : eq(cityPrinciples.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

/** A stakeholder's agreement to a principle, with the stakeholder's name and type. */
export interface PrincipleAgreementRecord {
  principleId: string;
  stakeholderId: string;
  agreedOn: string;
  stakeholderName: string;
  stakeholderTypeId: string;
}

/** The agreements to the organisation's principles (one principle's when given), by principle, date and name. */
export async function listPrincipleAgreements(
  db: Executor,
  scope: OrganisationScope,
  principleId?: string,
): Promise<PrincipleAgreementRecord[]> {
  return db
    .select({
      principleId: principleAgreements.principleId,
      stakeholderId: principleAgreements.stakeholderId,
      agreedOn: principleAgreements.agreedOn,
      stakeholderName: stakeholderRegister.name,
      stakeholderTypeId: stakeholderRegister.typeId,
    })
    .from(principleAgreements)
    .innerJoin(
      stakeholderRegister,
      and(
        eq(stakeholderRegister.id, principleAgreements.stakeholderId),
        eq(stakeholderRegister.organisationId, principleAgreements.organisationId),
      ),
    )
    .where(
      and(
        eq(principleAgreements.organisationId, scope.organisationId),
        principleId === undefined ? undefined : eq(principleAgreements.principleId, principleId),
      ),
    )
    .orderBy(
      asc(principleAgreements.principleId),
      asc(principleAgreements.agreedOn),
      asc(stakeholderRegister.name),
      asc(principleAgreements.stakeholderId),
    );
}

/** Replaces the set of stakeholders who agreed a principle of the organisation. */
export async function replacePrincipleAgreements(
  db: Executor,
  scope: OrganisationScope,
  principleId: string,
  agreements: readonly { stakeholderId: string; agreedOn: string }[],
): Promise<void> {
  await db
    .delete(principleAgreements)
    .where(
      and(
        eq(principleAgreements.organisationId, scope.organisationId),
        eq(principleAgreements.principleId, principleId),
      ),
    );
  if (agreements.length === 0) return;
  await db
    .insert(principleAgreements)
    .values(agreements.map((a) => ({ ...a, principleId, organisationId: scope.organisationId })));
}

/**
 * Which of the given ids are stakeholders in the organisation's register. Inside a transaction the
 * rows found are locked (FOR SHARE), so that they cannot be deleted before it commits.
 */
export async function stakeholdersInRegister(
  db: Executor,
  scope: OrganisationScope,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: stakeholderRegister.id })
    .from(stakeholderRegister)
    .where(
      and(
        eq(stakeholderRegister.organisationId, scope.organisationId),
        inArray(stakeholderRegister.id, [...ids]),
      ),
    )
    .for('share');
  return new Set(rows.map((r) => r.id));
}
