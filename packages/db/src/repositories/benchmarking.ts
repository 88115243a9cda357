import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { consortia, consortiumMembers, consortiumShares } from '../schema/benchmarking.js';
import { organisations } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// Benchmarking consortia and their members. The owner organisation's scope reaches the consortia
// it runs; a member's scope reaches its own membership. Shares and peers: benchmarking-shares.ts.

export type ConsortiumRow = typeof consortia.$inferSelect;
export type ConsortiumMemberRow = typeof consortiumMembers.$inferSelect;

/** What a city agreed to when joining (or later): what it shares, naming and being contacted. */
export interface ConsortiumConsent {
  sharing: ConsortiumMemberRow['sharing'];
  named: boolean;
  contactable: boolean;
  contactName: string | null;
  contactEmail: string | null;
}

/** The editable fields of a consortium. */
export interface ConsortiumValues {
  nameZh: string;
  nameEn: string;
  description: string;
  minPeerCities: number;
}

/** A consortium with its number of member cities. */
export interface ConsortiumWithCount extends ConsortiumRow {
  memberCount: number;
}

const memberCount =
  sql<number>`(select count(*) from ${consortiumMembers} where ${consortiumMembers.consortiumId} = ${consortia.id})`.mapWith(
    Number,
  );

/** Creates a consortium run by the scope's organisation. */
export async function createConsortium(
  db: Executor,
  scope: OrganisationScope,
  values: ConsortiumValues & { joinCodeHash: string; createdBy: string | null },
): Promise<ConsortiumRow> {
  const [row] = await db
    .insert(consortia)
    .values({ ...values, ownerOrganisationId: scope.organisationId })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The consortia the scope's organisation runs, by English name, with their member counts. */
export async function listOwnedConsortia(
  db: Executor,
  scope: OrganisationScope,
): Promise<ConsortiumWithCount[]> {
  const rows = await db
    .select({ consortium: consortia, memberCount })
    .from(consortia)
    .where(eq(consortia.ownerOrganisationId, scope.organisationId))
    .orderBy(asc(consortia.nameEn), asc(consortia.id));
  return rows.map((r) => ({ ...r.consortium, memberCount: r.memberCount }));
}

/** A consortium the scope's organisation runs (optionally locked for update), or undefined. */
export async function getOwnedConsortium(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  options: { lock?: boolean } = {},
): Promise<ConsortiumWithCount | undefined> {
  const query = db
    .select({ consortium: consortia, memberCount })
    .from(consortia)
    .where(
      and(eq(consortia.id, consortiumId), eq(consortia.ownerOrganisationId, scope.organisationId)),
    );
  const [row] = options.lock ? await query.for('update', { of: consortia }) : await query;
  return row ? { ...row.consortium, memberCount: row.memberCount } : undefined;
}

/** Changes a consortium the scope's organisation runs (names, description, threshold, join code). */
export async function updateOwnedConsortium(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  values: Partial<ConsortiumValues> & { joinCodeHash?: string },
): Promise<ConsortiumRow | undefined> {
  const [row] = await db
    .update(consortia)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(eq(consortia.id, consortiumId), eq(consortia.ownerOrganisationId, scope.organisationId)),
    )
    .returning();
  return row;
}

/** Deletes a consortium the scope's organisation runs, with its memberships and shares. */
export async function deleteOwnedConsortium(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<boolean> {
  const rows = await db
    .delete(consortia)
    .where(
      and(eq(consortia.id, consortiumId), eq(consortia.ownerOrganisationId, scope.organisationId)),
    )
    .returning({ id: consortia.id });
  return rows.length > 0;
}

/** A member city as the consortium's owner sees it: who it is, its consent, how much it shares. */
export interface ConsortiumMemberForOwner {
  organisationId: string;
  nameZh: string;
  nameEn: string;
  country: string;
  region: string | null;
  population: number | null;
  kind: string;
  sharing: ConsortiumMemberRow['sharing'];
  named: boolean;
  contactable: boolean;
  joinedAt: Date;
  shares: number;
}

/** The members of a consortium the scope's organisation runs, by English name. */
export async function listConsortiumMembersForOwner(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<ConsortiumMemberForOwner[]> {
  return db
    .select({
      organisationId: consortiumMembers.organisationId,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      country: organisations.country,
      region: organisations.region,
      population: organisations.population,
      kind: organisations.kind,
      sharing: consortiumMembers.sharing,
      named: consortiumMembers.named,
      contactable: consortiumMembers.contactable,
      joinedAt: consortiumMembers.joinedAt,
      shares:
        sql<number>`(select count(*) from ${consortiumShares} where ${consortiumShares.consortiumId} = ${consortiumMembers.consortiumId} and ${consortiumShares.organisationId} = ${consortiumMembers.organisationId})`.mapWith(
          Number,
        ),
    })
    .from(consortiumMembers)
    .innerJoin(consortia, eq(consortia.id, consortiumMembers.consortiumId))
    .innerJoin(organisations, eq(organisations.id, consortiumMembers.organisationId))
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        eq(consortia.ownerOrganisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(organisations.nameEn), asc(organisations.id));
}

/** Removes a member city from a consortium the scope's organisation runs (its shares go with it). */
export async function removeConsortiumMemberByOwner(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  memberOrganisationId: string,
): Promise<boolean> {
  const rows = await db
    .delete(consortiumMembers)
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        eq(consortiumMembers.organisationId, memberOrganisationId),
        sql`exists (select 1 from ${consortia} where ${consortia.id} = ${consortiumMembers.consortiumId} and ${consortia.ownerOrganisationId} = ${scope.organisationId})`,
      ),
    )
    .returning({ organisationId: consortiumMembers.organisationId });
  return rows.length > 0;
}

/**
 * The consortium a join code opens (by the SHA-256 of the code), or undefined. Not limited to an
 * organisation: holding the code is what lets a city find the consortium.
 */
export async function findConsortiumByJoinCode(
  db: Executor,
  joinCodeHash: string,
): Promise<ConsortiumRow | undefined> {
  const [row] = await db.select().from(consortia).where(eq(consortia.joinCodeHash, joinCodeHash));
  return row;
}

/** Makes the scope's organisation a member with its consent; undefined when it already is one. */
export async function addConsortiumMember(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  consent: ConsortiumConsent,
  joinedBy: string | null,
): Promise<ConsortiumMemberRow | undefined> {
  const [row] = await db
    .insert(consortiumMembers)
    .values({ ...consent, consortiumId, organisationId: scope.organisationId, joinedBy })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A membership of the scope's organisation with its consortium. */
export interface ConsortiumMembershipRecord {
  membership: ConsortiumMemberRow;
  consortium: ConsortiumWithCount;
  /** The organisation that runs the consortium. */
  owner: { id: string; nameZh: string; nameEn: string };
}

const owner = alias(organisations, 'owner');

function selectMemberships(db: Executor) {
  return db
    .select({
      membership: consortiumMembers,
      consortium: consortia,
      memberCount,
      owner: { id: owner.id, nameZh: owner.nameZh, nameEn: owner.nameEn },
    })
    .from(consortiumMembers)
    .innerJoin(consortia, eq(consortia.id, consortiumMembers.consortiumId))
    .innerJoin(owner, eq(owner.id, consortia.ownerOrganisationId));
}

const toRecord = (row: {
  membership: ConsortiumMemberRow;
  consortium: ConsortiumRow;
  memberCount: number;
  owner: ConsortiumMembershipRecord['owner'];
}): ConsortiumMembershipRecord => ({
  membership: row.membership,
  consortium: { ...row.consortium, memberCount: row.memberCount },
  owner: row.owner,
});

/** The membership of the scope's organisation in a consortium (optionally locked), or undefined. */
export async function getConsortiumMembership(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  options: { lock?: boolean } = {},
): Promise<ConsortiumMembershipRecord | undefined> {
  const query = selectMemberships(db).where(
    and(
      eq(consortiumMembers.consortiumId, consortiumId),
      eq(consortiumMembers.organisationId, scope.organisationId),
    ),
  );
  const [row] = options.lock ? await query.for('update', { of: consortiumMembers }) : await query;
  return row ? toRecord(row) : undefined;
}

/** The memberships of the scope's organisation, by the consortium's English name. */
export async function listConsortiumMemberships(
  db: Executor,
  scope: OrganisationScope,
): Promise<ConsortiumMembershipRecord[]> {
  const rows = await selectMemberships(db)
    .where(eq(consortiumMembers.organisationId, scope.organisationId))
    .orderBy(asc(consortia.nameEn), asc(consortia.id));
  return rows.map(toRecord);
}

/** Changes the consent of the scope's organisation in a consortium. */
export async function updateConsortiumConsent(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  consent: ConsortiumConsent,
): Promise<ConsortiumMemberRow | undefined> {
  const [row] = await db
    .update(consortiumMembers)
    .set({ ...consent, updatedAt: new Date() })
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        eq(consortiumMembers.organisationId, scope.organisationId),
      ),
    )
    .returning();
  return row;
}

/** The scope's organisation leaves a consortium: its shares are deleted with the membership. */
export async function deleteConsortiumMembership(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
): Promise<boolean> {
  const rows = await db
    .delete(consortiumMembers)
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        eq(consortiumMembers.organisationId, scope.organisationId),
      ),
    )
    .returning({ organisationId: consortiumMembers.organisationId });
  return rows.length > 0;
}
