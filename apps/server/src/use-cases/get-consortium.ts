import { populationBandOf } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { ownedConsortiumOr404, presentConsortium } from './benchmarking-support.js';

/**
 * A consortium the caller's organisation runs, with its member cities: who they are (name,
 * country, region, population band, kind), what they agreed to and how many assessments they
 * share; never their results (the organiser sees results only as a member, like any city).
 * Joining is an act of consent towards the organiser, so members are named to it even when they
 * chose not to be named to their peers.
 */
export async function getConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
) {
  const db = ctx.database.db;
  const [consortium, members] = await Promise.all([
    ownedConsortiumOr404(db, access.scope, consortiumId),
    repositories.listConsortiumMembersForOwner(db, access.scope, consortiumId),
  ]);
  return {
    ...presentConsortium(consortium),
    members: members.map((m) => ({
      organisationId: m.organisationId,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      country: m.country,
      region: m.region,
      populationBand: populationBandOf(m.population),
      kind: m.kind as 'city',
      sharing: m.sharing,
      named: m.named,
      contactable: m.contactable,
      joinedAt: m.joinedAt.toISOString(),
      shares: m.shares,
    })),
  };
}
