import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { compareWithPeers, type PeerComparison } from './compare-with-peers.js';
import type { PeerCity, PeerMember, PeerShare, SharedLevels } from './peer-group.js';

const model = tinyModel();
const characteristicIds = ['1.1.1', '1.1.2', '1.2.1', '2.1'];

type Pair = [number | null, number | null];
const shareOf = (id: string, pairs: Pair[]): PeerShare => ({
  assessmentId: `${id}-share`,
  modelId: 'tiny',
  assessedOn: '2026-05-01',
  sharedAt: new Date('2026-06-01T00:00:00Z'),
  audited: false,
  levels: Object.fromEntries(
    characteristicIds.map((c, i) => {
      const [current, target] = pairs[i] ?? [null, null];
      return [c, { current, target }];
    }),
  ),
});
const member = (id: string, pairs: Pair[], values: Partial<PeerCity> = {}): PeerMember => {
  const share = shareOf(id, pairs);
  return {
    city: {
      organisationId: id,
      name: { zh: `${id}市`, en: `${id} City` },
      country: 'CN',
      region: null,
      population: null,
      kind: 'city',
      named: false,
      contact: null,
      shares: [share],
      ...values,
    },
    share,
  };
};

// Five cities of the tiny model (characteristics 1.1.1, 1.1.2, 1.2.1, 2.1): the hand-computed
// figures below are A's.
const a = member('a', [
  [2, 3],
  [3, 4],
  [1, 2],
  [4, 5],
]);
const b = member(
  'b',
  [
    [1, 2],
    [2, 3],
    [3, 4],
    [5, 5],
  ],
  {
    named: true,
    contact: { name: 'Bo', email: 'bo@b.example' },
  },
);
const c = member(
  'c',
  [
    [3, 4],
    [4, 4],
    [2, 3],
    [4, 4],
  ],
  {
    contact: { name: 'Cy', email: 'cy@c.example' },
  },
);
const d = member('d', [
  [4, 5],
  [1, 2],
  [2, 2],
  [2, 3],
]);
const e = member(
  'e',
  [
    [2, 2],
    [null, null],
    [5, 5],
    [3, 4],
  ],
  {
    named: true,
    contact: null,
  },
);
const compare = (peers: PeerMember[], minPeerCities = 5, city = a) =>
  compareWithPeers({
    model,
    city: { organisationId: city.city.organisationId, share: city.share },
    peers,
    minPeerCities,
  });

describe('compareWithPeers: a hand-computed group of five', () => {
  const result = compare([a, b, c, d, e]);

  it('counts the city as one of its peer group', () => {
    expect([result.size, result.minPeerCities]).toEqual([5, 5]);
  });

  it('gives median, quartiles, percentile rank and distribution of a characteristic', () => {
    // current of 1.1.1: 1 2 2 3 4 (A = 2): median 2, Q1 2, Q3 3; rank (1 + 2/2)/5 = 40 %.
    expect(result.characteristics['1.1.1']?.current).toEqual({
      suppressed: false,
      city: 2,
      n: 5,
      median: 2,
      q1: 2,
      q3: 3,
      percentileRank: 40,
      distribution: { '1': 1, '2': 2, '3': 1, '4': 1, '5': 0 },
    });
    // target of 1.1.1: 2 2 3 4 5 (A = 3): rank (2 + 1/2)/5 = 50 %.
    expect(result.characteristics['1.1.1']?.target).toMatchObject({
      median: 3,
      q1: 2,
      q3: 4,
      percentileRank: 50,
    });
  });

  it('suppresses a characteristic that fewer cities than the threshold have a value for', () => {
    // E has no level for 1.1.2: four cities.
    expect(result.characteristics['1.1.2']?.current).toEqual({ suppressed: true, city: 3 });
  });

  it('compares sub-dimensions on each city rolled up the platform’s way', () => {
    // 1.1 current: A 2.5, B 1.5, C 3.5, D 2.5, E 2 (1.1.2 unrated) → 1.5 2 2.5 2.5 3.5.
    expect(result.subdimensions['1.1']?.current).toMatchObject({
      city: 2.5,
      n: 5,
      median: 2.5,
      q1: 2,
      q3: 2.5,
      percentileRank: 60,
    });
  });

  it('compares dimensions and the overall result the same way', () => {
    // Dimension 1 current: A 2, B 2, C 3, D 2.3, E 3.5 → rank of 2: (0 + 2/2)/5 = 20 %.
    expect(result.dimensions['1']?.current).toMatchObject({
      city: 2,
      median: 2.3,
      q1: 2,
      q3: 3,
      percentileRank: 20,
    });
    // Overall current: A 2.5, B 2.8, C 3.3, D 2.3, E 3.3.
    expect(result.overall.current).toMatchObject({
      city: 2.5,
      median: 2.8,
      q1: 2.5,
      q3: 3.3,
      percentileRank: 30,
      distribution: { '1': 0, '2': 3, '3': 2, '4': 0, '5': 0 },
    });
    expect(Object.keys(result.rollupGroups)).toEqual(['enablers', 'purposes']);
  });

  it('lists the peers to learn from: level 4 or 5, contactable, named only if they agreed', () => {
    // 2.1: B at 5 (named), C at 4 (not named), D at 2; A itself at 4 is never listed.
    expect(result.characteristics['2.1']?.learnFrom).toEqual([
      {
        name: { zh: 'b市', en: 'b City' },
        contact: { name: 'Bo', email: 'bo@b.example' },
        level: 5,
      },
      { name: null, contact: { name: 'Cy', email: 'cy@c.example' }, level: 4 },
    ]);
  });

  it('leaves out peers at level 4 or 5 who did not agree to be contacted', () => {
    // 1.1.1: D at 4 and 1.2.1: E at 5, neither contactable.
    expect([
      result.characteristics['1.1.1']?.learnFromTotal,
      result.characteristics['1.2.1']?.learnFromTotal,
    ]).toEqual([0, 0]);
  });
});

describe('compareWithPeers: the group', () => {
  it('suppresses every item of a group smaller than the threshold', () => {
    const result = compare([a, b, c, d, e], 6);
    const items = [
      ...Object.values(result.characteristics),
      ...Object.values(result.subdimensions),
      ...Object.values(result.dimensions),
      result.overall,
    ];
    expect(items.every((i) => i.current.suppressed && i.target.suppressed)).toBe(true);
  });

  it('compares the share the city chose, not its entry in the group', () => {
    const older = member('a', [
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
    ]);
    const result = compare([older, b, c, d, e], 5, a);
    expect(result.characteristics['1.1.1']?.current).toMatchObject({ city: 2, median: 2 });
  });

  it('counts the city even when the peer group did not include it', () => {
    expect(compare([b, c, d, e]).size).toBe(5);
  });

  it('lists at most the limit of peers to learn from, with the total', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      member(
        `p${String(i)}`,
        [
          [4, 5],
          [4, 5],
          [4, 5],
          [4, 5],
        ],
        {
          contact: { name: `P${String(i)}`, email: `p${String(i)}@example.org` },
        },
      ),
    );
    const result = compareWithPeers({
      model,
      city: { organisationId: 'a', share: a.share },
      peers: [a, ...many],
      minPeerCities: 5,
      learnFromLimit: 2,
    });
    expect([
      result.characteristics['1.1.1']?.learnFrom.length,
      result.characteristics['1.1.1']?.learnFromTotal,
    ]).toEqual([2, 5]);
  });
});

describe('compareWithPeers properties', () => {
  const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
  const pairs = fc.array(fc.tuple(level, level), { minLength: 4, maxLength: 4 });
  const group = fc.array(pairs, { minLength: 1, maxLength: 9 });

  it('places the city by the roll-ups of its own results page', () => {
    fc.assert(
      fc.property(pairs, (own) => {
        const city = member('self', own);
        const result = compare([city], 2, city);
        const consensus = Object.fromEntries(
          Object.entries(city.share.levels).map(([id, l]: [string, SharedLevels]) => [
            id,
            {
              current: l.current ?? ('unknown' as const),
              target: l.target ?? ('unknown' as const),
            },
          ]),
        );
        const score = scoreAssessment({ respondents: [], consensus }, model);
        expect([result.overall.current.city, result.overall.target.city]).toEqual([
          score.overall.current,
          score.overall.target,
        ]);
        for (const [id, rollup] of Object.entries(score.dimensions))
          expect(result.dimensions[id]?.current.city).toBe(rollup.current);
        for (const [id, rollup] of Object.entries(score.subdimensions))
          expect(result.subdimensions[id]?.target.city).toBe(rollup.target);
      }),
    );
  });

  it('never gives a peer figure of an item fewer cities than the threshold have a value for', () => {
    fc.assert(
      fc.property(group, fc.integer({ min: 2, max: 8 }), (list, minPeerCities) => {
        const members = list.map((p, i) => member(`c${String(i)}`, p as Pair[]));
        const first = members[0] as PeerMember;
        const result: PeerComparison = compare(members, minPeerCities, first);
        for (const [id, i] of Object.entries(result.characteristics)) {
          const k = characteristicIds.indexOf(id);
          const withValue = list.filter((p) => p[k]?.[0] !== null).length;
          expect(i.current.suppressed).toBe(withValue < minPeerCities);
          if (i.current.suppressed)
            expect(Object.keys(i.current).sort()).toEqual(['city', 'suppressed']);
        }
      }),
    );
  });

  it('never lists the city itself or a peer who did not agree to be contacted', () => {
    fc.assert(
      fc.property(group, fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), (list, flags) => {
        const members = list.map((p, i) =>
          member(`c${String(i)}`, p as Pair[], {
            contact: flags[i] ? { name: `N${String(i)}`, email: `c${String(i)}@x.example` } : null,
          }),
        );
        const first = members[0] as PeerMember;
        const result = compare(members, 2, first);
        for (const item of Object.values(result.characteristics))
          for (const entry of item.learnFrom) {
            const i = Number(entry.contact.email.slice(1, entry.contact.email.indexOf('@')));
            expect(i).not.toBe(0);
            expect(flags[i]).toBe(true);
            expect(entry.level).toBeGreaterThanOrEqual(4);
            expect(entry.name).toBeNull();
          }
      }),
    );
  });
});
