import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { presentConsortium, presentMembership } from './benchmarking-support.js';

/** The consortia the caller's organisation runs and those it is a member of. */
export async function listConsortia(ctx: AppContext, access: OrganisationAccess) {
  const db = ctx.database.db;
  const [owned, joined] = await Promise.all([
    repositories.listOwnedConsortia(db, access.scope),
    repositories.listConsortiumMemberships(db, access.scope),
  ]);
  return { owned: owned.map(presentConsortium), joined: joined.map(presentMembership) };
}
