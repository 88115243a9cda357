import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import type { ScopedCaller } from '../auth/authorize.js';
import { notFound } from '../http/http-error.js';

// Shared by the benchmarking use cases: presenting consortia and memberships, finding them, and
// recording what was done.

/** A consortium as its organiser sees it. */
export function presentConsortium(row: repositories.ConsortiumWithCount) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    description: row.description,
    minPeerCities: row.minPeerCities,
    memberCount: row.memberCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The consent stored with a membership. */
export function presentConsent(membership: repositories.ConsortiumMemberRow) {
  return {
    sharing: membership.sharing,
    named: membership.named,
    contactable: membership.contactable,
    contactName: membership.contactName,
    contactEmail: membership.contactEmail,
  };
}

/** A membership of the city as the city sees it. */
export function presentMembership(record: repositories.ConsortiumMembershipRecord) {
  const { consortium, membership, owner } = record;
  return {
    consortium: {
      id: consortium.id,
      nameZh: consortium.nameZh,
      nameEn: consortium.nameEn,
      description: consortium.description,
      minPeerCities: consortium.minPeerCities,
      memberCount: consortium.memberCount,
      owner,
    },
    consent: presentConsent(membership),
    joinedAt: membership.joinedAt.toISOString(),
  };
}

/** A consortium the caller's organisation runs (locked when about to change it), or 404. */
export async function ownedConsortiumOr404(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  options: { lock?: boolean } = {},
) {
  const row = await repositories.getOwnedConsortium(db, scope, consortiumId, options);
  if (!row) throw notFound();
  return row;
}

/** The membership of the caller's organisation in a consortium (locked when asked), or 404. */
export async function membershipOr404(
  db: Executor,
  scope: OrganisationScope,
  consortiumId: string,
  options: { lock?: boolean } = {},
) {
  const record = await repositories.getConsortiumMembership(db, scope, consortiumId, options);
  if (!record) throw notFound();
  return record;
}

/** Records a benchmarking action in the audit log of the caller's organisation. */
export async function auditBenchmarking(
  db: Executor,
  caller: ScopedCaller,
  ip: string,
  action: string,
  entry: { targetType: string; targetId: string; details?: Record<string, unknown> },
) {
  await repositories.appendAudit(db, {
    actorUserId: caller.auth.user.id,
    organisationId: caller.scope.organisationId,
    action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    outcome: 'success',
    ip,
    details: entry.details ?? {},
  });
}
