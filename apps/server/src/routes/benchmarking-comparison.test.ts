import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consortiumFixture,
  createCity,
  uniformLevels,
  workshopResultFixture,
  type LevelsOf,
} from '../test-support/benchmarking-fixtures.js';
import {
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

type Measure =
  | { suppressed: true; city: number | null }
  | {
      suppressed: false;
      city: number | null;
      n: number;
      median: number;
      q1: number;
      q3: number;
      percentileRank: number | null;
      distribution: Record<string, number>;
    };
interface Item {
  current: Measure;
  target: Measure;
}
interface Comparison {
  assessment: { id: string; date: string; audited: boolean };
  peerGroup: { size: number; minPeerCities: number; asOf: string | null };
  filterValues: { countries: string[]; regions: { country: string; region: string }[] };
  characteristics: Record<
    string,
    Item & {
      learnFrom: { name: { en: string } | null; contact: { email: string }; level: number }[];
      learnFromTotal: number;
    }
  >;
  subdimensions: Record<string, Item>;
  dimensions: Record<string, Item>;
  rollupGroups: Record<string, Item>;
  overall: Item;
}

/** Every measure of every item of a comparison. */
const measuresOf = (c: Comparison): Measure[] =>
  [
    ...Object.values(c.characteristics),
    ...Object.values(c.subdimensions),
    ...Object.values(c.dimensions),
    ...Object.values(c.rollupGroups),
    c.overall,
  ].flatMap((i) => [i.current, i.target]);

describe.each(databaseKinds)('comparing a city with its peers on %s', (kind) => {
  let server: TestServer;
  let consortiumId: string;
  let code: string;
  const admins = new Map<string, ApiClient>();
  const cityIds = new Map<string, string>();
  let older: string;

  const path = (city: string, query = '') =>
    `/api/v1/organisations/${cityIds.get(city) ?? ''}/consortium-memberships/${consortiumId}/comparison${query}`;
  const compare = async (city: string, query = '') => {
    const r = await admins.get(city)?.get<Comparison>(path(city, query));
    if (r?.status !== 200)
      throw new Error(`comparison: ${String(r?.status)} ${JSON.stringify(r?.body)}`);
    return r.body;
  };

  /** A city that joins through the API with its consent and shares a workshop result. */
  const joinAndShare = async (
    name: string,
    attributes: Parameters<typeof createCity>[2],
    levels: LevelsOf,
    consent: Record<string, unknown> = {},
  ) => {
    const city = await createCity(server, name, attributes);
    cityIds.set(name, city.id);
    const admin = (await signedInAs(server, 'org_admin', city.id)).client;
    admins.set(name, admin);
    const base = `/api/v1/organisations/${city.id}/consortium-memberships`;
    const joined = await admin.post(base, { code, ...consent });
    if (joined.status !== 201) throw new Error(`join: ${JSON.stringify(joined.body)}`);
    const { assessmentId } = await workshopResultFixture(server, city.id, levels);
    const shared = await admin.put(`${base}/${consortiumId}/shares/${assessmentId}`, {});
    if (shared.status !== 200) throw new Error(`share: ${JSON.stringify(shared.body)}`);
    return { cityId: city.id, assessmentId, admin };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const institute = await createCity(server, 'Standards Institute');
    cityIds.set('institute', institute.id);
    admins.set('institute', (await signedInAs(server, 'org_admin', institute.id)).client);
    ({ consortiumId, code } = await consortiumFixture(server, institute.id, 5));
    // Every characteristic of a city at one current level (target one above), but E does not
    // know 1.1.1. Current levels: A 2, B 1, C 4, D 4, E 5.
    const a = await joinAndShare(
      'A',
      { region: 'Tianjin', population: 2_000_000 },
      uniformLevels(1),
    );
    older = a.assessmentId;
    // A's newer result (2026-09-01) is the one compared by default.
    const { assessmentId: newer } = await workshopResultFixture(
      server,
      a.cityId,
      uniformLevels(2),
      '2026-09-01',
    );
    const shared = await a.admin.put(
      `/api/v1/organisations/${a.cityId}/consortium-memberships/${consortiumId}/shares/${newer}`,
      {},
    );
    if (shared.status !== 200) throw new Error('share');
    await joinAndShare('B', { region: 'Tianjin', population: 600_000 }, uniformLevels(1));
    await joinAndShare('C', { region: 'Beijing', population: 21_000_000 }, uniformLevels(4), {
      named: true,
    });
    await joinAndShare(
      'D',
      { region: 'Tianjin', population: 3_000_000, kind: 'district' },
      uniformLevels(4),
      { contactable: true, contactName: 'Dee', contactEmail: 'dee@d.example' },
    );
    await joinAndShare(
      'E',
      { country: 'GB', population: 1_100_000 },
      uniformLevels(5, { '1.1.1': ['unknown', 5] }),
      { named: true, contactable: true, contactName: 'Eve', contactEmail: 'eve@e.example' },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  describe('a peer group at the threshold (the whole consortium: five cities)', () => {
    it('counts the five cities, the city itself included', async () => {
      const c = await compare('A');
      expect([c.peerGroup.size, c.peerGroup.minPeerCities]).toEqual([5, 5]);
    });

    it('gives the hand-computed median, quartiles and percentile rank of a characteristic', async () => {
      // Current of 1.1.2: A 2, B 1, C 4, D 4, E 5 → 1 2 4 4 5: median 4, Q1 2, Q3 4;
      // A's rank: (1 below + 1/2 of 1 equal) / 5 = 30 %.
      const c = await compare('A');
      expect(c.characteristics['1.1.2']?.current).toEqual({
        suppressed: false,
        city: 2,
        n: 5,
        median: 4,
        q1: 2,
        q3: 4,
        percentileRank: 30,
        distribution: { '1': 1, '2': 1, '3': 0, '4': 2, '5': 1 },
      });
    });

    it('gives the target the same way', async () => {
      // Target of 1.1.2: 3 2 5 5 5 → 2 3 5 5 5: median 5, Q1 3, Q3 5; A (3): (1 + 1/2)/5 = 30 %.
      const c = await compare('A');
      expect(c.characteristics['1.1.2']?.target).toMatchObject({
        median: 5,
        q1: 3,
        q3: 5,
        percentileRank: 30,
      });
    });

    it('rolls each city up as its results page does, then compares', async () => {
      // E's dimension 1 leaves out 1.1.1 (unknown): still 5; overall likewise.
      const c = await compare('A');
      for (const item of [c.dimensions['1'], c.subdimensions['1.1'], c.overall])
        expect(item?.current).toMatchObject({ city: 2, n: 5, median: 4, q1: 2, q3: 4 });
    });

    it('compares the latest shared result unless another is asked for', async () => {
      const latest = await compare('A');
      const first = await compare('A', `?assessment=${older}`);
      expect([latest.assessment.date, latest.overall.current.city]).toEqual(['2026-09-01', 2]);
      expect([first.assessment.id, first.overall.current.city]).toEqual([older, 1]);
    });

    it('suppresses a characteristic fewer than five cities have a level for', async () => {
      // E does not know 1.1.1: four cities.
      const c = await compare('A');
      expect(c.characteristics['1.1.1']?.current).toEqual({ suppressed: true, city: 2 });
    });
  });

  describe('peer groups below the threshold', () => {
    it.each([
      ['country', '?country=CN', 4],
      ['region', '?region=Tianjin', 3],
      ['population band', '?band=large', 3],
      ['kind (the city counted even though it is not a district)', '?kind=district', 2],
      ['as of a date before most shared', '?asOf=2026-06-30', 5],
    ])('filters by %s', async (_, query, size) => {
      expect((await compare('A', query)).peerGroup.size).toBe(size);
    });

    it('lets no aggregate of a group below the threshold leave the server', async () => {
      const r = await admins.get('A')?.get<Comparison>(path('A', '?country=CN'));
      const measures = measuresOf(r?.body as Comparison);
      expect(measures.length).toBeGreaterThan(100);
      for (const measure of measures) {
        expect(Object.keys(measure).sort()).toEqual(['city', 'suppressed']);
        expect(measure.suppressed).toBe(true);
      }
      // The raw JSON has no peer figure at all: the only numbers are the city's own.
      const raw = JSON.stringify(r?.body);
      for (const word of ['median', 'q1', 'q3', 'percentileRank', 'distribution', '"n"'])
        expect(raw).not.toContain(word);
    });
  });

  describe('the countries and regions a peer group can be chosen by', () => {
    const members = {
      countries: ['CN', 'GB'],
      regions: [
        { country: 'CN', region: 'Beijing' },
        { country: 'CN', region: 'Tianjin' },
      ],
    };

    it('lists each country and region of the sharing member cities once, the institute not', async () => {
      expect((await compare('B')).filterValues).toEqual(members);
    });

    it('lists them whatever the group chosen, even one below the threshold', async () => {
      expect((await compare('A', '?region=Beijing')).filterValues).toEqual(members);
    });

    it('gives values only, never a count per value', async () => {
      const { filterValues } = await compare('A');
      const leaves = [
        ...filterValues.countries,
        ...filterValues.regions.flatMap((r) => Object.values(r)),
      ];
      expect(leaves.every((value) => typeof value === 'string')).toBe(true);
      expect(Object.keys(filterValues).sort()).toEqual(['countries', 'regions']);
    });
  });

  describe('consent', () => {
    it('lists peers at level 4 or 5 who agreed to be contacted, named only if they agreed', async () => {
      const c = await compare('A');
      expect(c.characteristics['1.1.2']?.learnFrom).toEqual([
        {
          name: { zh: 'E（中）', en: 'E' },
          contact: { name: 'Eve', email: 'eve@e.example' },
          level: 5,
        },
        { name: null, contact: { name: 'Dee', email: 'dee@d.example' }, level: 4 },
      ]);
    });

    it('never lists a peer who did not agree to be contacted (C at level 4)', async () => {
      const raw = JSON.stringify(await compare('A'));
      expect(raw).not.toMatch(/"en":"C"/);
    });

    it('never names a city that did not agree to be named', async () => {
      const raw = JSON.stringify(await compare('A'));
      expect(raw).not.toMatch(/"en":"[ABD]"/);
      expect(raw).not.toContain(cityIds.get('D'));
    });

    it('never lists the city itself to learn from', async () => {
      const c = await compare('D');
      expect(c.characteristics['1.1.2']?.learnFrom.map((l) => l.contact.email)).toEqual([
        'eve@e.example',
      ]);
    });
  });

  describe('who sees the comparison', () => {
    it('lets a viewer of the city read it', async () => {
      const viewer = (await signedInAs(server, 'viewer', cityIds.get('A') ?? '')).client;
      expect((await viewer.get(path('A'))).status).toBe(200);
    });

    it('keeps it from a respondent of the city', async () => {
      const respondent = (await signedInAs(server, 'respondent', cityIds.get('A') ?? '')).client;
      expect((await respondent.get(path('A'))).status).toBe(403);
    });

    it('shows the organiser, not a member, nothing (404)', async () => {
      const r = await admins.get('institute')?.get(path('institute'));
      expect(r?.status).toBe(404);
    });

    it("gives a non-member nothing under another city's path either (404)", async () => {
      const outsider = await createCity(server, 'Outsider');
      const admin = (await signedInAs(server, 'org_admin', outsider.id)).client;
      const r = await admin.get(path('A').replace(cityIds.get('A') ?? '', outsider.id));
      expect(r.status).toBe(404);
    });

    it('asks a member that shares nothing to share first (409)', async () => {
      const newcomer = await createCity(server, 'Newcomer');
      const admin = (await signedInAs(server, 'org_admin', newcomer.id)).client;
      const base = `/api/v1/organisations/${newcomer.id}/consortium-memberships`;
      expect((await admin.post(base, { code })).status).toBe(201);
      const r = await admin.get<{ error: { code: string } }>(`${base}/${consortiumId}/comparison`);
      expect([r.status, r.body.error.code]).toEqual([409, 'consortium-nothing-shared']);
    });

    it('refuses an assessment the city has not shared (404)', async () => {
      const r = await admins.get('A')?.get(path('A', `?assessment=${consortiumId}`));
      expect(r?.status).toBe(404);
    });
  });
});
