import {
  ApiClient,
  createTestUser,
  testPassword,
  type TestServer,
} from '@citymaturity/server/test-support';

/** Agreed levels of a workshop for the characteristic at `index` (model order): current, target. */
type LevelsOf = (id: string, index: number) => readonly [number | 'unknown', number];

/** A peer city of the consortium: its profile, its consent and the levels its workshop agreed. */
interface PeerCity {
  nameZh: string;
  nameEn: string;
  country: string;
  region: string;
  population: number;
  kind: 'city' | 'district' | 'rural-community';
  consent: Record<string, unknown>;
  levels: LevelsOf;
}

/**
 * Five peers of different countries, regions, sizes and kinds (with the demo city, 示例市: CN,
 * 示例省, 1,250,000 = large, a city). The whole consortium has six cities; only China five; Great
 * Britain, cities only, or large ones fewer than the threshold of five. Lakeside does not know
 * 1.1.1, so that characteristic has one value fewer. Capital City and Northfield may be named and
 * contacted; Riverside District may be contacted but not named (level 4 on every other
 * characteristic); Harbour City and Lakeside agreed to neither.
 */
export const peerCities: readonly PeerCity[] = [
  {
    nameZh: '港湾市',
    nameEn: 'Harbour City',
    country: 'CN',
    region: '示例省',
    population: 2_000_000,
    kind: 'city',
    consent: {},
    levels: (_, i) => [1 + (i % 3), Math.min(5, 2 + (i % 3))],
  },
  {
    nameZh: '河畔区',
    nameEn: 'Riverside District',
    country: 'CN',
    region: '示例省',
    population: 800_000,
    kind: 'district',
    consent: { contactable: true, contactName: 'Li Wei', contactEmail: 'li.wei@river.example' },
    levels: (_, i) => [i % 2 === 0 ? 4 : 3, 4],
  },
  {
    nameZh: '都城市',
    nameEn: 'Capital City',
    country: 'CN',
    region: '北京市',
    population: 21_000_000,
    kind: 'city',
    consent: {
      named: true,
      contactable: true,
      contactName: 'Zhang Min',
      contactEmail: 'zhang.min@capital.example',
    },
    levels: (_, i) => [i % 4 === 0 ? 5 : 4, 5],
  },
  {
    nameZh: '湖滨市',
    nameEn: 'Lakeside',
    country: 'CN',
    region: '湖北省',
    population: 1_100_000,
    kind: 'city',
    consent: { sharing: 'consensus' },
    levels: (id) => (id === '1.1.1' ? ['unknown', 3] : [2, 3]),
  },
  {
    nameZh: '北野村',
    nameEn: 'Northfield',
    country: 'GB',
    region: 'England',
    population: 300_000,
    kind: 'rural-community',
    consent: {
      named: true,
      contactable: true,
      contactName: 'Sam Hill',
      contactEmail: 'sam.hill@northfield.example',
    },
    levels: () => [5, 5],
  },
];

/** The demo city's own workshop levels: 2 or 3 now (alternating), one more planned. */
export const memberLevels: LevelsOf = (_, i) => [2 + (i % 2), 3 + (i % 2)];

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

interface Pack {
  dimensions: { subdimensions: { characteristics: { id: string }[] }[] }[];
}

/** The characteristic ids of the MMSSC model, in order. */
async function characteristicIdsOf(client: ApiClient): Promise<string[]> {
  const pack = await client.get<Pack>('/api/v1/models/mmssc');
  return pack.body.dimensions.flatMap((d) =>
    d.subdimensions.flatMap((s) => s.characteristics.map((c) => c.id)),
  );
}

/**
 * A submitted facilitated workshop made through the API as a city would bring one in: the
 * exchange document (one respondent, the agreed consensus on every characteristic) imported, the
 * results revealed, the assessment submitted. Its official result is the consensus.
 */
export async function importWorkshopResult(
  admin: ApiClient,
  organisationId: string,
  levels: LevelsOf,
  date: string,
  title = `研讨会 Workshop ${date}`,
): Promise<string> {
  const ids = await characteristicIdsOf(admin);
  const pairs = ids.map((id, i) => [id, levels(id, i)] as const);
  const org = `/api/v1/organisations/${organisationId}`;
  const imported = await admin.post<{ assessment: { id: string } }>(`${org}/assessments/import`, {
    document: {
      format: 'citymaturity/assessment@1',
      model: 'mmssc',
      city: { name: organisationId },
      title,
      method: 'facilitated-workshop',
      date,
      respondents: [
        {
          id: 'r1',
          name: 'Workshop',
          group: 'local-government',
          ratings: Object.fromEntries(
            pairs.map(([id, [current, target]]) => [id, { current, target }]),
          ),
        },
      ],
      consensus: Object.fromEntries(
        pairs.map(([id, [current, target]]) => [id, { current, target }]),
      ),
    },
  });
  expectStatus(imported, 201, 'import');
  const assessmentId = imported.body.assessment.id;
  expectStatus(await admin.post(`${org}/assessments/${assessmentId}/reveal`), 200, 'reveal');
  expectStatus(await admin.post(`${org}/assessments/${assessmentId}/submit`), 200, 'submit');
  return assessmentId;
}

/** Joins a consortium with its code and consent, through the API. */
export async function joinConsortium(
  admin: ApiClient,
  organisationId: string,
  code: string,
  consent: Record<string, unknown> = {},
): Promise<void> {
  const joined = await admin.post(
    `/api/v1/organisations/${organisationId}/consortium-memberships`,
    {
      code,
      ...consent,
    },
  );
  expectStatus(joined, 201, 'join');
}

/** Shares one of the city's assessments with a consortium, through the API. */
export async function shareWithConsortium(
  admin: ApiClient,
  organisationId: string,
  consortiumId: string,
  assessmentId: string,
): Promise<void> {
  const shared = await admin.put(
    `/api/v1/organisations/${organisationId}/consortium-memberships/${consortiumId}/shares/${assessmentId}`,
    {},
  );
  expectStatus(shared, 200, 'share');
}

/** A consortium with its peer cities, made through the API. */
export interface BenchmarkingSetup {
  consortiumId: string;
  /** The join code (shown once when the consortium was created). */
  code: string;
  /** The peers' organisation ids, in the order of {@link peerCities}. */
  peers: string[];
  /** The member city's shared workshop results (when a member was given): older, newer. */
  memberShares: string[];
}

/**
 * A benchmarking consortium run by `organiserId` (its administrator `organiser`, signed in), with
 * the five {@link peerCities}: the platform administrator (`platform`) creates each with
 * `peerAdminEmail` (an existing account, `peerAdmin` signed in) as its administrator, who joins
 * with the code and the city's consent, imports and submits a facilitated workshop and shares it.
 * With `member`, that city joins too and shares two workshop results (2024 and 2026) of
 * {@link memberLevels} (the older one a level lower).
 */
export async function createBenchmarkingConsortium(options: {
  platform: ApiClient;
  organiser: ApiClient;
  organiserId: string;
  peerAdmin: ApiClient;
  peerAdminEmail: string;
  member?: { admin: ApiClient; organisationId: string };
  suffix?: string;
}): Promise<BenchmarkingSetup> {
  const suffix = options.suffix ?? Math.random().toString(36).slice(2, 8);
  const created = await options.organiser.post<{ consortium: { id: string }; joinCode: string }>(
    `/api/v1/organisations/${options.organiserId}/consortia`,
    {
      nameZh: `全国智慧城市对标 ${suffix}`,
      nameEn: `National smart city benchmark ${suffix}`,
      description: 'ISO/TS 37107 对标比较 · Benchmarking of ISO/TS 37107 maturity',
      minPeerCities: 5,
    },
  );
  expectStatus(created, 201, 'consortium');
  const consortiumId = created.body.consortium.id;
  const code = created.body.joinCode;

  const peers: string[] = [];
  for (const peer of peerCities) {
    const organisation = await options.platform.post<{ id: string }>('/api/v1/organisations', {
      nameZh: `${peer.nameZh} ${suffix}`,
      nameEn: `${peer.nameEn} ${suffix}`,
      country: peer.country,
      region: peer.region,
      population: peer.population,
      kind: peer.kind,
      administrator: { email: options.peerAdminEmail, displayName: 'Peer administrator' },
    });
    expectStatus(organisation, 201, `organisation ${peer.nameEn}`);
    const id = organisation.body.id;
    peers.push(id);
    await joinConsortium(options.peerAdmin, id, code, peer.consent);
    const assessmentId = await importWorkshopResult(
      options.peerAdmin,
      id,
      peer.levels,
      '2026-05-01',
    );
    await shareWithConsortium(options.peerAdmin, id, consortiumId, assessmentId);
  }

  const memberShares: string[] = [];
  if (options.member) {
    const { admin, organisationId } = options.member;
    await joinConsortium(admin, organisationId, code);
    const older = await importWorkshopResult(
      admin,
      organisationId,
      (id, i) => {
        const [current, target] = memberLevels(id, i);
        return [typeof current === 'number' ? current - 1 : current, target - 1];
      },
      '2024-05-01',
    );
    const newer = await importWorkshopResult(admin, organisationId, memberLevels, '2026-05-01');
    for (const assessmentId of [older, newer])
      await shareWithConsortium(admin, organisationId, consortiumId, assessmentId);
    memberShares.push(older, newer);
  }
  return { consortiumId, code, peers, memberShares };
}

/**
 * The demo city's consortium, for looking at the benchmarking pages: the demo organisation
 * (`city`, its administrator signed in) runs it and is a member sharing two workshop results, with
 * the five {@link peerCities} made by `platform` (a signed-in platform administrator) under a new
 * account of their own.
 */
export async function createDemoConsortium(
  server: TestServer,
  platform: ApiClient,
  city: ApiClient,
  organisationId: string,
): Promise<BenchmarkingSetup> {
  const peerAdminEmail = 'benchmarking-peers@test.example';
  await createTestUser(server, peerAdminEmail);
  const peerAdmin = new ApiClient(server.url);
  await peerAdmin.signIn(peerAdminEmail, testPassword);
  return createBenchmarkingConsortium({
    platform,
    organiser: city,
    organiserId: organisationId,
    peerAdmin,
    peerAdminEmail,
    member: { admin: city, organisationId },
    suffix: 'a11y',
  });
}
