import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareSharesNewestFirst,
  latestShare,
  peerFilterValues,
  selectPeerGroup,
  type PeerCity,
  type PeerShare,
} from './peer-group.js';
import { populationBandOf } from './population-bands.js';

const share = (id: string, assessedOn: string, sharedAt = '2026-01-01T00:00:00Z'): PeerShare => ({
  assessmentId: id,
  modelId: 'mmssc',
  assessedOn,
  sharedAt: new Date(sharedAt),
  audited: false,
  levels: {},
});

const city = (id: string, values: Partial<PeerCity> = {}): PeerCity => ({
  organisationId: id,
  name: { zh: id, en: id },
  country: 'CN',
  region: 'Tianjin',
  population: 2_000_000,
  kind: 'city',
  named: false,
  contact: null,
  shares: [share(`${id}-a`, '2024-05-01')],
  ...values,
});

const ids = (members: { city: PeerCity; share: PeerShare }[]) =>
  members.map((m) => `${m.city.organisationId}:${m.share.assessmentId}`);

describe('latestShare', () => {
  const shares = [
    share('old', '2022-04-01'),
    share('new', '2024-04-01', '2024-05-01T00:00:00Z'),
    share('new-later', '2024-04-01', '2024-06-01T00:00:00Z'),
    share('other-model', '2025-01-01'),
  ];
  shares[3] = { ...(shares[3] as PeerShare), modelId: 'other' };

  it('takes the newest assessment date, then the last shared', () => {
    expect(latestShare(shares, 'mmssc')?.assessmentId).toBe('new-later');
  });

  it('takes the newest on or before a given date, to compare a past cycle', () => {
    expect([
      latestShare(shares, 'mmssc', '2023-12-31')?.assessmentId,
      latestShare(shares, 'mmssc', '2024-04-01')?.assessmentId,
      latestShare(shares, 'mmssc', '2021-01-01')?.assessmentId,
    ]).toEqual(['old', 'new-later', undefined]);
  });

  it('compares only shares of the same model', () => {
    expect(latestShare(shares, 'other')?.assessmentId).toBe('other-model');
  });
});

describe('selectPeerGroup', () => {
  const cities = [
    city('a'),
    city('b', { country: 'GB', region: 'West Midlands', population: 1_150_000 }),
    city('c', { kind: 'district', population: 600_000 }),
    city('d', { region: null, population: null }),
    city('e', { shares: [] }),
  ];

  it('takes the whole consortium without criteria, cities without a share left out', () => {
    expect(ids(selectPeerGroup(cities, {}, { modelId: 'mmssc' }))).toEqual([
      'a:a-a',
      'b:b-a',
      'c:c-a',
      'd:d-a',
    ]);
  });

  it.each([
    [{ country: 'CN' }, ['a', 'c', 'd']],
    [{ region: 'Tianjin' }, ['a', 'c']],
    [{ band: 'large' as const }, ['a', 'b']],
    [{ band: 'unknown' as const }, ['d']],
    [{ kind: 'district' }, ['c']],
    [{ country: 'CN', band: 'large' as const, kind: 'city' }, ['a']],
  ])('filters by %j', (filter, expected) => {
    expect(
      selectPeerGroup(cities, filter, { modelId: 'mmssc' }).map((m) => m.city.organisationId),
    ).toEqual(expected);
  });

  it('counts a city once, with its latest share as of the date', () => {
    const repeated = city('r', {
      shares: [
        share('r-2020', '2020-06-01'),
        share('r-2022', '2022-06-01'),
        share('r-2024', '2024-06-01'),
      ],
    });
    expect([
      ids(selectPeerGroup([repeated], {}, { modelId: 'mmssc' })),
      ids(selectPeerGroup([repeated], {}, { modelId: 'mmssc', asOf: '2023-01-01' })),
    ]).toEqual([['r:r-2024'], ['r:r-2022']]);
  });
});

describe('peerFilterValues', () => {
  const cities = [
    city('a', { country: 'GB', region: 'Wales' }),
    city('b', { country: 'CN', region: '天津' }),
    city('c', { country: 'CN', region: '广东' }),
    city('d', { country: 'CN', region: '天津' }),
    city('e', { country: 'AU', region: null }),
    city('f', { country: 'FR', region: 'Bretagne', shares: [] }),
  ];

  it('lists each country and region of the members once, sorted, without counts', () => {
    expect(peerFilterValues(cities, { modelId: 'mmssc' })).toEqual({
      countries: ['AU', 'CN', 'GB'],
      regions: [
        { country: 'CN', region: '天津' },
        { country: 'CN', region: '广东' },
        { country: 'GB', region: 'Wales' },
      ],
    });
  });

  it('leaves out members that cannot be peers: no share of the model, or none by the date', () => {
    const values = peerFilterValues(cities, { modelId: 'mmssc', asOf: '2024-01-01' });
    expect(values).toEqual({ countries: [], regions: [] });
    expect(peerFilterValues(cities, { modelId: 'other' }).countries).toEqual([]);
  });
});

describe('peer group properties', () => {
  const dates = fc
    .integer({ min: 0, max: 2000 })
    .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const shareArb = fc
    .record({
      id: fc.uuid(),
      assessedOn: dates,
      sharedAt: fc.integer({ min: 0, max: 10_000 }),
      model: fc.constantFrom('mmssc', 'other'),
    })
    .map((s): PeerShare => ({
      ...share(s.id, s.assessedOn),
      modelId: s.model,
      sharedAt: new Date(Date.UTC(2026, 0, 1) + s.sharedAt * 60_000),
    }));
  const cityArb = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      country: fc.constantFrom('CN', 'GB'),
      population: fc.option(fc.integer({ min: 0, max: 30_000_000 })),
      kind: fc.constantFrom('city', 'district', 'rural-community'),
      shares: fc.array(shareArb, { maxLength: 4 }),
    })
    .map((c) => city(c.id, { ...c, population: c.population }));
  const citiesArb = fc.array(cityArb, { maxLength: 12 });
  const filterArb = fc.record(
    {
      country: fc.constantFrom('CN', 'GB'),
      band: fc.constantFrom('small', 'medium', 'large', 'very-large', 'mega', 'unknown'),
      kind: fc.constantFrom('city', 'district', 'rural-community'),
    },
    { requiredKeys: [] },
  );
  const asOfArb = fc.option(dates, { nil: undefined });

  it('counts each city at most once', () => {
    fc.assert(
      fc.property(citiesArb, filterArb, asOfArb, (cities, filter, asOf) => {
        const group = selectPeerGroup(cities, filter, { modelId: 'mmssc', asOf });
        const orgs = group.map((m) => m.city.organisationId);
        expect(new Set(orgs).size).toBe(orgs.length);
      }),
    );
  });

  it('picks for each city the newest of its eligible shares, none after the date', () => {
    fc.assert(
      fc.property(citiesArb, asOfArb, (cities, asOf) => {
        for (const { city: c, share: chosen } of selectPeerGroup(
          cities,
          {},
          { modelId: 'mmssc', asOf },
        )) {
          const eligible = cities
            .filter((x) => x.organisationId === c.organisationId)
            .flatMap((x) => x.shares)
            .filter((s) => s.modelId === 'mmssc' && (asOf === undefined || s.assessedOn <= asOf));
          expect(eligible.every((s) => compareSharesNewestFirst(chosen, s) <= 0)).toBe(true);
          if (asOf !== undefined) expect(chosen.assessedOn <= asOf).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the members', () => {
    fc.assert(
      fc.property(
        citiesArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        filterArb,
        ([list, shuffled], filter) => {
          // Shares of a city listed twice are told apart by id, so the choice is order-free too.
          expect(ids(selectPeerGroup(shuffled, filter, { modelId: 'mmssc' }))).toEqual(
            ids(selectPeerGroup(list, filter, { modelId: 'mmssc' })),
          );
        },
      ),
    );
  });

  it('offers exactly the countries and regions of the cities of the whole group', () => {
    const distinctCities = fc.uniqueArray(cityArb, { selector: (c) => c.organisationId });
    fc.assert(
      fc.property(distinctCities, asOfArb, (cities, asOf) => {
        const values = peerFilterValues(cities, { modelId: 'mmssc', asOf });
        const all = selectPeerGroup(cities, {}, { modelId: 'mmssc', asOf });
        expect(new Set(values.countries)).toEqual(new Set(all.map((m) => m.city.country)));
        expect(values.countries).toHaveLength(new Set(values.countries).size);
        for (const { country, region } of values.regions)
          expect(
            selectPeerGroup(cities, { country, region }, { modelId: 'mmssc', asOf }).length,
          ).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps exactly the cities of the whole group that meet every criterion', () => {
    const distinctCities = fc.uniqueArray(cityArb, {
      selector: (c) => c.organisationId,
      maxLength: 6,
    });
    fc.assert(
      fc.property(distinctCities, filterArb, (cities, filter) => {
        const all = selectPeerGroup(cities, {}, { modelId: 'mmssc' });
        const expected = all.filter(
          (m) =>
            (filter.country === undefined || m.city.country === filter.country) &&
            (filter.kind === undefined || m.city.kind === filter.kind) &&
            (filter.band === undefined || populationBandOf(m.city.population) === filter.band),
        );
        expect(ids(selectPeerGroup(cities, filter, { modelId: 'mmssc' }))).toEqual(ids(expected));
      }),
    );
  });
});
