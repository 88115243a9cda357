import {
  compareSharesNewestFirst,
  compareWithPeers as comparePeers,
  peerFilterValues,
  selectPeerGroup,
  type PeerCity,
  type PeerFilter,
  type PopulationBand,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { membershipOr404 } from './benchmarking-support.js';
import { modelOf } from './model-of.js';

/** The peer group asked for, and which of the city's shared assessments to compare. */
export interface ComparisonRequest {
  country?: string | undefined;
  region?: string | undefined;
  band?: PopulationBand | undefined;
  kind?: string | undefined;
  /** One of the city's shared assessments (default: its latest). */
  assessment?: string | undefined;
  /** Peers by their latest share assessed on or before this date (default: their latest). */
  asOf?: string | undefined;
}

/** A member row as the core's rules read it: the contact only when the city agreed to it. */
export function toPeerCity(row: repositories.PeerRow): PeerCity {
  return {
    organisationId: row.organisationId,
    name: { zh: row.nameZh, en: row.nameEn },
    country: row.country,
    region: row.region,
    population: row.population,
    kind: row.kind,
    named: row.named,
    contact:
      row.contactable && row.contactName && row.contactEmail
        ? { name: row.contactName, email: row.contactEmail }
        : null,
    shares: row.shares,
  };
}

/**
 * The city against its peer group in a consortium it is a member of and shares with (members
 * who may see results): per characteristic, sub-dimension, dimension, roll-up group and overall,
 * the peers' median and quartiles, the city's percentile rank and the distribution, each
 * suppressed where fewer than the consortium's threshold of cities have a value; the peers to
 * learn from. Suppressed figures are never computed into the response, so they never leave the
 * server. With them, the countries and regions a peer group can be chosen by (values only, no
 * counts). One read of the consortium's rows; the rules are the core's.
 */
export async function compareWithPeers(
  ctx: AppContext,
  access: OrganisationAccess,
  consortiumId: string,
  request: ComparisonRequest,
) {
  const db = ctx.database.db;
  const [record, ownShares] = await Promise.all([
    membershipOr404(db, access.scope, consortiumId),
    repositories.listOwnShares(db, access.scope, consortiumId),
  ]);
  ownShares.sort(compareSharesNewestFirst);
  const share = request.assessment
    ? ownShares.find((s) => s.assessmentId === request.assessment)
    : ownShares[0];
  if (!share) {
    if (request.assessment) throw notFound();
    throw new HttpError(409, 'consortium-nothing-shared');
  }
  const model = modelOf(ctx, share.modelId);
  // Each city's latest share of the model as of the date, read in one query; the filter and the
  // rest of the peer group's rules are the core's.
  const rows = await repositories.readConsortiumPeers(db, access.scope, consortiumId, {
    modelId: share.modelId,
    asOf: request.asOf,
  });
  const filter: PeerFilter = {
    country: request.country,
    region: request.region,
    band: request.band,
    kind: request.kind,
  };
  const cities = rows.map(toPeerCity);
  const peers = selectPeerGroup(cities, filter, { modelId: share.modelId, asOf: request.asOf });
  const comparison = comparePeers({
    model,
    city: { organisationId: access.scope.organisationId, share },
    peers,
    minPeerCities: record.consortium.minPeerCities,
  });
  const { size, minPeerCities, ...items } = comparison;
  return {
    consortium: {
      id: record.consortium.id,
      nameZh: record.consortium.nameZh,
      nameEn: record.consortium.nameEn,
      minPeerCities,
    },
    assessment: {
      id: share.assessmentId,
      title: share.title,
      date: share.assessedOn,
      modelId: share.modelId,
      modelVersion: share.modelVersion,
      audited: share.audited,
      sharedAt: share.sharedAt.toISOString(),
    },
    peerGroup: {
      filter: {
        country: request.country ?? null,
        region: request.region ?? null,
        band: request.band ?? null,
        kind: (request.kind ?? null) as 'city' | null,
      },
      asOf: request.asOf ?? null,
      size,
      minPeerCities,
    },
    filterValues: peerFilterValues(cities, { modelId: share.modelId, asOf: request.asOf }),
    ...items,
  };
}
