import type { ModelIndex } from '@citymaturity/model';
import { meanOfLevels } from '../scoring/rollup.js';
import type { PeerMember, PeerShare } from './peer-group.js';
import { describePeerMeasure, levelBin, type PeerMeasure } from './peer-statistics.js';

/** The lowest level a peer must have reached on a characteristic to be one to learn from. */
export const learnFromMinimumLevel = 4;
/** At most this many peers to learn from are listed per characteristic (the total is given). */
export const learnFromDefaultLimit = 20;

/** One item (characteristic or roll-up) of the comparison: current and target against the peers. */
export interface PeerItem {
  current: PeerMeasure;
  target: PeerMeasure;
}

/**
 * A peer that reached level 4 or 5 on a characteristic and agreed to be contacted: its name only
 * when it agreed to be named, its contact, and the level reached.
 */
export interface LearnFromPeer {
  name: { zh: string; en: string } | null;
  contact: { name: string; email: string };
  level: number;
}

/** A characteristic of the comparison, with the peers to learn from. */
export interface CharacteristicPeerItem extends PeerItem {
  learnFrom: LearnFromPeer[];
  /** Every peer to learn from, of which `learnFrom` lists the first ones. */
  learnFromTotal: number;
}

/** A city's results against its peer group, item by item. */
export interface PeerComparison {
  /** Cities in the peer group, the city itself included. */
  size: number;
  /** Aggregates are given only where at least this many cities have a value. */
  minPeerCities: number;
  characteristics: Record<string, CharacteristicPeerItem>;
  subdimensions: Record<string, PeerItem>;
  dimensions: Record<string, PeerItem>;
  rollupGroups: Record<string, PeerItem>;
  overall: PeerItem;
}

/** What {@link compareWithPeers} compares. */
export interface PeerComparisonInput {
  model: ModelIndex;
  /** The city comparing itself and the share it compares (not necessarily its latest). */
  city: { organisationId: string; share: PeerShare };
  /** The peer group ({@link selectPeerGroup}); the city's own entry, if any, is replaced by `city.share`. */
  peers: readonly PeerMember[];
  minPeerCities: number;
  learnFromLimit?: number;
}

/** A shared level as a number within the model's levels, or null. */
function levelOrNull(value: unknown, levels: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= levels
    ? value
    : null;
}

/** A roll-up of the model: where its result goes and its characteristics (indexes in model order). */
interface RollupLayout {
  bucket: 'subdimensions' | 'dimensions' | 'rollupGroups' | 'overall';
  id: string;
  members: number[];
}

/**
 * The roll-ups of the model with the characteristics each takes, as `rollUpModel` takes them:
 * sub-dimension, dimension (its sub-dimensions' characteristics), roll-up group (its dimensions'),
 * and overall (every characteristic), each in model order.
 */
function rollupLayout(model: ModelIndex): RollupLayout[] {
  const index = new Map(model.characteristics.map((c, i) => [c.id, i]));
  const indexesOf = (ids: readonly { id: string }[]) => ids.map((c) => index.get(c.id) ?? -1);
  const layout: RollupLayout[] = [];
  const ofDimension = new Map<string, number[]>();
  for (const dimension of model.pack.dimensions) {
    const members: number[] = [];
    for (const sub of dimension.subdimensions) {
      const subMembers = indexesOf(sub.characteristics);
      layout.push({ bucket: 'subdimensions', id: sub.id, members: subMembers });
      members.push(...subMembers);
    }
    ofDimension.set(dimension.id, members);
    layout.push({ bucket: 'dimensions', id: dimension.id, members });
  }
  for (const group of model.pack.rollup_groups ?? [])
    layout.push({
      bucket: 'rollupGroups',
      id: group.id,
      members: group.dimensions.flatMap((d) => ofDimension.get(d) ?? []),
    });
  layout.push({ bucket: 'overall', id: '', members: indexesOf(model.characteristics) });
  return layout;
}

/**
 * One city's figures, item by item: its official level of each characteristic (model order), then
 * each roll-up of the layout computed from them by the platform's rule ({@link meanOfLevels}).
 * NaN where there is none (typed arrays: thousands of cities are read a hundred times each).
 */
interface CityFigures {
  member: PeerMember;
  current: Float64Array;
  target: Float64Array;
}

function figuresOf(
  member: PeerMember,
  model: ModelIndex,
  layout: readonly RollupLayout[],
  scratch: Float64Array,
): CityFigures {
  const levels = model.levels.length;
  const count = model.characteristics.length;
  const current = new Float64Array(count + layout.length);
  const target = new Float64Array(count + layout.length);
  model.characteristics.forEach((c, i) => {
    const shared = member.share.levels[c.id];
    current[i] = levelOrNull(shared?.current, levels) ?? NaN;
    target[i] = levelOrNull(shared?.target, levels) ?? NaN;
  });
  const rollUp = (values: Float64Array, members: readonly number[]) => {
    let n = 0;
    for (const i of members) {
      const v = values[i] as number;
      if (!Number.isNaN(v)) scratch[n++] = v;
    }
    return meanOfLevels(scratch, n) ?? NaN;
  };
  layout.forEach((rollup, r) => {
    current[count + r] = rollUp(current, rollup.members);
    target[count + r] = rollUp(target, rollup.members);
  });
  return { member, current, target };
}

/** A figure as the comparison gives it: null for none. */
const figure = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? null : value;

/**
 * Compares a city's shared result with its peer group, per characteristic, sub-dimension,
 * dimension, roll-up group and overall, for current and target: the group's median and quartiles,
 * the city's percentile rank and the distribution over levels, each suppressed where fewer than
 * `minPeerCities` cities (the city included) have a value. Roll-ups are computed per city the way
 * the platform rolls up results (mean of the characteristics' official levels, one decimal), then
 * compared. Per characteristic, the peers to learn from (level 4 or 5 reached, agreed to be
 * contacted; named only if they agreed to be), never the city itself.
 */
export function compareWithPeers(input: PeerComparisonInput): PeerComparison {
  const { model, minPeerCities } = input;
  const levels = model.levels.length;
  const limit = input.learnFromLimit ?? learnFromDefaultLimit;
  const layout = rollupLayout(model);
  const selfEntry = input.peers.find((p) => p.city.organisationId === input.city.organisationId);
  const self: PeerMember = {
    city: selfEntry?.city ?? {
      organisationId: input.city.organisationId,
      name: { zh: '', en: '' },
      country: '',
      region: null,
      population: null,
      kind: '',
      named: false,
      contact: null,
      shares: [input.city.share],
    },
    share: input.city.share,
  };
  const scratch = new Float64Array(model.characteristics.length);
  const own = figuresOf(self, model, layout, scratch);
  const others = input.peers
    .filter((p) => p.city.organisationId !== input.city.organisationId)
    .map((p) => figuresOf(p, model, layout, scratch));
  const group = [own, ...others];

  /** Item `k` (characteristic index, or count + roll-up index) against the group. */
  const buffer = new Float64Array(group.length);
  const item = (k: number): PeerItem => {
    const measure = (which: 'current' | 'target') => {
      let n = 0;
      for (const f of group) {
        const v = f[which][k] as number;
        if (!Number.isNaN(v)) buffer[n++] = v;
      }
      return describePeerMeasure(buffer.subarray(0, n), figure(own[which][k]), {
        minPeerCities,
        levels,
      });
    };
    return { current: measure('current'), target: measure('target') };
  };

  // Only peers who agreed to be contacted can be ones to learn from.
  const contactable = others.filter((f) => f.member.city.contact !== null);
  const characteristics: Record<string, CharacteristicPeerItem> = {};
  model.characteristics.forEach((c, k) => {
    const learnFrom: (LearnFromPeer & { order: string })[] = [];
    for (const f of contactable) {
      const current = figure(f.current[k]);
      const { contact, named, name, organisationId } = f.member.city;
      if (current === null || !contact) continue;
      const level = levelBin(current, levels);
      if (level >= learnFromMinimumLevel)
        learnFrom.push({ name: named ? name : null, contact, level, order: organisationId });
    }
    // The highest level first; then a stable order that says nothing about the cities.
    learnFrom.sort((a, b) => b.level - a.level || (a.order < b.order ? -1 : 1));
    characteristics[c.id] = {
      ...item(k),
      learnFrom: learnFrom.slice(0, limit).map(({ name, contact, level }) => ({
        name,
        contact,
        level,
      })),
      learnFromTotal: learnFrom.length,
    };
  });
  const count = model.characteristics.length;
  const result: PeerComparison = {
    size: group.length,
    minPeerCities,
    characteristics,
    subdimensions: {},
    dimensions: {},
    rollupGroups: {},
    overall: item(count + layout.length - 1),
  };
  layout.forEach((rollup, r) => {
    if (rollup.bucket !== 'overall') result[rollup.bucket][rollup.id] = item(count + r);
  });
  return result;
}
