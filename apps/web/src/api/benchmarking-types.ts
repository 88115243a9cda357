import type { EvidenceMethodId } from '@citymaturity/model';
import type { Organisation } from './types.js';

// The shapes of the benchmarking API (apps/server/src/http/benchmarking-schemas.ts), re-exported
// by ./benchmarking.js with its hooks.

/** What a member city shares: workshop consensus or audited results, or audited results only. */
export type ConsortiumSharing = 'consensus' | 'audited';

/** A population band of a peer group (China's city-size classes, docs/benchmarking.md). */
export type PopulationBandId = 'small' | 'medium' | 'large' | 'very-large' | 'mega' | 'unknown';

export type OrganisationKind = Organisation['kind'];

/** A consortium as the organisation running it sees it. */
export interface Consortium {
  id: string;
  nameZh: string;
  nameEn: string;
  description: string;
  /** Figures are given only where at least this many cities of the peer group have a value. */
  minPeerCities: number;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A member city as the organiser sees it: who it is and what it agreed to, never its levels. */
export interface ConsortiumMember {
  organisationId: string;
  nameZh: string;
  nameEn: string;
  country: string;
  region: string | null;
  populationBand: PopulationBandId;
  kind: OrganisationKind;
  sharing: ConsortiumSharing;
  named: boolean;
  contactable: boolean;
  joinedAt: string;
  /** Number of assessments it shares. */
  shares: number;
}

export interface ConsortiumDetail extends Consortium {
  members: ConsortiumMember[];
}

/** A consortium just created, with its join code (shown this once). */
export interface ConsortiumCreated {
  consortium: Consortium;
  joinCode: string;
}

/** The city's consent as a member. */
export interface Consent {
  sharing: ConsortiumSharing;
  named: boolean;
  contactable: boolean;
  contactName: string | null;
  contactEmail: string | null;
}

/** A membership of the city in a consortium. */
export interface ConsortiumMembership {
  consortium: {
    id: string;
    nameZh: string;
    nameEn: string;
    description: string;
    minPeerCities: number;
    memberCount: number;
    owner: { id: string; nameZh: string; nameEn: string };
  };
  consent: Consent;
  joinedAt: string;
}

/** Why a submitted assessment may not be shared under the current consent. */
export type ShareRefusal = 'not-submitted' | 'not-eligible';

/** An assessment of the city and whether it is, or may be, shared. */
export interface ShareableAssessment {
  id: string;
  title: string;
  date: string;
  method: EvidenceMethodId;
  modelId: string;
  audited: boolean;
  /** When it was shared; null when it is not. */
  sharedAt: string | null;
  refusal: ShareRefusal | null;
}

export interface ConsortiumMembershipDetail extends ConsortiumMembership {
  assessments: ShareableAssessment[];
}

/** PATCH of the consent: the membership and the assessments the new consent withdrew. */
export interface ConsentChanged extends ConsortiumMembership {
  withdrawn: string[];
}

export interface ConsortiaList {
  owned: Consortium[];
  joined: ConsortiumMembership[];
}

/** One measure (current or target) of an item compared with the peer group. */
export type PeerMeasure =
  | {
      /** Fewer cities than the threshold have a value: nothing about the peers is given. */
      suppressed: true;
      city: number | null;
    }
  | {
      suppressed: false;
      city: number | null;
      n: number;
      median: number;
      q1: number;
      q3: number;
      /** Mid-rank percentile rank of the city's value (null when the city has none). */
      percentileRank: number | null;
      /** Cities per level reached, "1".."5". */
      distribution: Record<string, number>;
    };

export interface PeerItem {
  current: PeerMeasure;
  target: PeerMeasure;
}

/** A peer at level 4 or 5 who agreed to be contacted (named only if it agreed to be named). */
export interface LearnFromPeer {
  name: { zh: string; en: string } | null;
  contact: { name: string; email: string };
  level: number;
}

export interface CharacteristicPeerItem extends PeerItem {
  learnFrom: LearnFromPeer[];
  learnFromTotal: number;
}

/** The filter of a peer group (null: any). */
export interface PeerFilter {
  country: string | null;
  region: string | null;
  band: PopulationBandId | null;
  kind: OrganisationKind | null;
}

/** GET …/comparison: the city against its peer group. */
/** What a peer group's country and region can be (GET …/comparison `filterValues`). */
export interface PeerFilterValues {
  countries: string[];
  regions: { country: string; region: string }[];
}

export interface PeerComparison {
  consortium: { id: string; nameZh: string; nameEn: string; minPeerCities: number };
  assessment: {
    id: string;
    title: string;
    date: string;
    modelId: string;
    modelVersion: string;
    audited: boolean;
    sharedAt: string;
  };
  peerGroup: {
    filter: PeerFilter;
    asOf: string | null;
    /** Cities in the group, the city itself included. */
    size: number;
    minPeerCities: number;
  };
  /** The countries and regions of the member cities that can be peers: values only, sorted. */
  filterValues: PeerFilterValues;
  characteristics: Record<string, CharacteristicPeerItem>;
  subdimensions: Record<string, PeerItem>;
  dimensions: Record<string, PeerItem>;
  rollupGroups: Record<string, PeerItem>;
  overall: PeerItem;
}

/** The query of a comparison: the peer group's filter, the assessment compared and the date. */
export interface ComparisonQuery {
  country?: string;
  region?: string;
  band?: PopulationBandId;
  kind?: OrganisationKind;
  assessment?: string;
  asOf?: string;
}
