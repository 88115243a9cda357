import { populationBandOf, type PopulationBand } from './population-bands.js';

/** The official levels of one characteristic as a city shared them; null where there is none. */
export interface SharedLevels {
  current: number | null;
  target: number | null;
}

/** One assessment a member city shares with a consortium. */
export interface PeerShare {
  assessmentId: string;
  modelId: string;
  /** The assessment's date, `YYYY-MM-DD`. */
  assessedOn: string;
  sharedAt: Date;
  /** True when an external audit statement had been issued on it when shared. */
  audited: boolean;
  /** The official levels by characteristic id. */
  levels: Readonly<Record<string, SharedLevels>>;
}

/** A member city of a consortium: its attributes, its consent, and what it shares. */
export interface PeerCity {
  organisationId: string;
  name: { zh: string; en: string };
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string | null;
  population: number | null;
  kind: string;
  /** The city agreed to be named beside its figures. */
  named: boolean;
  /** How peers may contact the city (only when it agreed to be contacted), else null. */
  contact: { name: string; email: string } | null;
  shares: readonly PeerShare[];
}

/**
 * Which members form a peer group: any combination of country, region, population band and kind;
 * a criterion left out does not filter (no criterion: the whole consortium).
 */
export interface PeerFilter {
  country?: string | undefined;
  region?: string | undefined;
  band?: PopulationBand | undefined;
  kind?: string | undefined;
}

/** A city of a peer group with the one share it is compared by. */
export interface PeerMember {
  city: PeerCity;
  share: PeerShare;
}

/** True when the city meets every criterion of the filter. */
export function matchesPeerFilter(city: PeerCity, filter: PeerFilter): boolean {
  return (
    (filter.country === undefined || city.country === filter.country) &&
    (filter.region === undefined || city.region === filter.region) &&
    (filter.band === undefined || populationBandOf(city.population) === filter.band) &&
    (filter.kind === undefined || city.kind === filter.kind)
  );
}

/** Orders shares newest first: by assessment date, then by when they were shared, then by id. */
export function compareSharesNewestFirst(a: PeerShare, b: PeerShare): number {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn < b.assessedOn ? 1 : -1;
  const shared = b.sharedAt.getTime() - a.sharedAt.getTime();
  if (shared !== 0) return shared;
  return a.assessmentId < b.assessmentId ? 1 : a.assessmentId > b.assessmentId ? -1 : 0;
}

/**
 * The latest share of a city for a model: the newest by assessment date, then by when it was
 * shared; with `asOf` (`YYYY-MM-DD`), the newest assessed on or before that date (to compare a
 * past cycle with the peers as they stood then). Undefined when there is none.
 */
export function latestShare(
  shares: readonly PeerShare[],
  modelId: string,
  asOf?: string,
): PeerShare | undefined {
  let latest: PeerShare | undefined;
  for (const share of shares) {
    if (share.modelId !== modelId) continue;
    if (asOf !== undefined && share.assessedOn > asOf) continue;
    if (!latest || compareSharesNewestFirst(share, latest) < 0) latest = share;
  }
  return latest;
}

/**
 * The peer group: every member city meeting the filter, counted once, with its latest share of
 * the model (see {@link latestShare}); cities with no such share are not in it. Ordered by
 * organisation id, so the result does not depend on the order of the input.
 */
export function selectPeerGroup(
  cities: readonly PeerCity[],
  filter: PeerFilter,
  options: { modelId: string; asOf?: string | undefined },
): PeerMember[] {
  const byCity = new Map<string, PeerMember>();
  for (const city of cities) {
    if (!matchesPeerFilter(city, filter)) continue;
    const share = latestShare(city.shares, options.modelId, options.asOf);
    if (!share) continue;
    const seen = byCity.get(city.organisationId);
    // A city listed twice still counts once, by its latest share.
    if (!seen || compareSharesNewestFirst(share, seen.share) < 0)
      byCity.set(city.organisationId, { city, share });
  }
  return [...byCity.values()].sort((a, b) =>
    a.city.organisationId < b.city.organisationId ? -1 : 1,
  );
}

/** The countries and regions a peer group can be chosen by (see {@link peerFilterValues}). */
export interface PeerFilterValues {
  /** ISO 3166-1 alpha-2 codes, sorted. */
  countries: string[];
  /** Each region with its country, sorted by country, then region. */
  regions: { country: string; region: string }[];
}

/**
 * The distinct countries and regions of the member cities that can be in a peer group of the
 * model (those with a share of it, as of the date when given): what a city may filter its peers
 * by. Values only, never how many cities have each: a value names where member cities are, which
 * is public (organisations are cities), but a count below the consortium's threshold would say
 * more than its suppressed statistics do.
 */
export function peerFilterValues(
  cities: readonly PeerCity[],
  options: { modelId: string; asOf?: string | undefined },
): PeerFilterValues {
  const countries = new Set<string>();
  const regions = new Map<string, { country: string; region: string }>();
  for (const city of cities) {
    if (!latestShare(city.shares, options.modelId, options.asOf)) continue;
    countries.add(city.country);
    if (city.region !== null)
      regions.set(JSON.stringify([city.country, city.region]), {
        country: city.country,
        region: city.region,
      });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    countries: [...countries].sort(byText),
    regions: [...regions.values()].sort(
      (a, b) => byText(a.country, b.country) || byText(a.region, b.region),
    ),
  };
}
