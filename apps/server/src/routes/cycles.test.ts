import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentThroughApi,
  cycleLevels,
  cycleRatings,
  threeCyclesThroughApi,
} from '../test-support/cycles-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Point {
  assessmentId: string;
  current: number | null;
  target: number | null;
  provisional: boolean;
  change: { since: string; current: number | null; target: number | null } | null;
  basis?: string | null;
  rated?: { current: number; target: number; of: number } | null;
}
interface Cycles {
  includeDrafts: boolean;
  cycles: {
    assessmentId: string;
    title: string;
    date: string;
    method: string;
    status: string;
    provisional: boolean;
    respondents: number;
    overall: {
      current: number | null;
      target: number | null;
      gap: number | null;
      rated: { current: number; target: number; of: number };
    };
    dimensions: Record<string, { current: number | null; rated: { current: number; of: number } }>;
    elapsed: { months: number; flag: string } | null;
  }[];
  trend: {
    characteristics: Record<string, Point[]>;
    subdimensions: Record<string, Point[]>;
    dimensions: Record<string, Point[]>;
    overall: Point[];
  };
  unscorable: { assessmentId: string; modelId: string }[];
}
interface Realisation {
  previous: { assessmentId: string; title: string };
  current: { assessmentId: string };
  previousChosen: string;
  elapsed: { days: number; months: number; flag: string };
  characteristics: { characteristicId: string; status: string; reason?: string }[];
  counts: Record<string, number>;
  byDimension: Record<string, Record<string, number>>;
  notReached: { characteristicId: string; status: string; shortfall: number }[];
}
interface ErrorBody {
  error: { code: string; message: string };
}

const levels = (points: Point[] = []) => points.map((p) => [p.current, p.target]);
const changes = (points: Point[] = []) =>
  points.map((p) => (p.change ? [p.change.current, p.change.target] : null));

describe.each(databaseKinds)('assessment cycles on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let viewer: ApiClient;
  let organisationId: string;
  let ids: [string, string, string];
  const org = () => `/api/v1/organisations/${organisationId}`;
  const realisation = (assessmentId: string, query = '') =>
    `${org()}/assessments/${assessmentId}/plan-realisation${query}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Cycle City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    ids = await threeCyclesThroughApi(server, admin, organisationId);
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the trend', () => {
    let body: Cycles;
    beforeAll(async () => {
      const r = await viewer.get<Cycles>(`${org()}/cycles`);
      expect(r.status).toBe(200);
      body = r.body;
    });

    it('lists the submitted assessments as cycles, oldest first, with the time between them', () => {
      expect(
        body.cycles.map((c) => [
          c.assessmentId,
          c.date,
          c.status,
          c.method,
          c.elapsed?.flag ?? null,
        ]),
      ).toEqual([
        [ids[0], '2022-03-01', 'submitted', 'single-stakeholder', null],
        [ids[1], '2024-03-01', 'submitted', 'single-stakeholder', 'as-planned'],
        [ids[2], '2026-03-01', 'submitted', 'single-stakeholder', 'as-planned'],
      ]);
    });

    it('gives the overall roll-up of every cycle (mean of the 32 levels, one decimal)', () => {
      // 2022: 61/31 rated (4.1 "don't know") = 2.0, 95/32 = 3.0; 2024: 93/32 = 2.9, 126/32 = 3.9;
      // 2026: 95/32 = 3.0, 128/32 = 4.0.
      expect(body.cycles.map((c) => [c.overall.current, c.overall.target, c.overall.gap])).toEqual([
        [2, 3, 1],
        [2.9, 3.9, 1],
        [3, 4, 1],
      ]);
      expect(levels(body.trend.overall)).toEqual([
        [2, 3],
        [2.9, 3.9],
        [3, 4],
      ]);
    });

    it('says over how many of how many characteristics every roll-up of a cycle is taken', () => {
      // 2022: 4.1 is "don't know" for the current level, so 31 of 32 have one (5 of 6 purposes).
      expect(body.cycles.map((c) => c.overall.rated)).toEqual([
        { current: 31, target: 32, of: 32 },
        { current: 32, target: 32, of: 32 },
        { current: 32, target: 32, of: 32 },
      ]);
      expect(body.cycles[0]?.dimensions['4']?.rated).toMatchObject({ current: 5, of: 6 });
      expect(body.trend.overall.map((p) => p.rated?.current)).toEqual([31, 32, 32]);
      expect(body.trend.subdimensions['4.1']?.[0]?.rated).toEqual({ current: 0, target: 1, of: 1 });
    });

    it("gives a characteristic's levels and changes", () => {
      expect(levels(body.trend.characteristics['1.1.1'])).toEqual([
        [1, 3],
        [2, 4],
        [4, 5],
      ]);
      expect(changes(body.trend.characteristics['1.1.1'])).toEqual([null, [1, 1], [2, 1]]);
      expect(body.trend.characteristics['1.1.1']?.[2]?.change?.since).toBe(ids[1]);
    });

    it('rolls up sub-dimensions and dimensions per cycle, with their changes', () => {
      expect(levels(body.trend.subdimensions['1.1'])).toEqual([
        [1.5, 2.5],
        [2, 3.5],
        [2.5, 4],
      ]);
      expect(changes(body.trend.subdimensions['1.1'])).toEqual([null, [0.5, 1], [0.5, 0.5]]);
      // Purposes (4.1–4.6): 2022 current 2 (4.1 unknown), target 18/6 = 3; 2024: 3, 23/6 = 3.8; 2026: 3, 4.
      expect(levels(body.trend.dimensions['4'])).toEqual([
        [2, 3],
        [3, 3.8],
        [3, 4],
      ]);
      expect(changes(body.trend.dimensions['4'])).toEqual([null, [1, 0.8], [0, 0.2]]);
      expect(changes(body.trend.overall)).toEqual([null, [0.9, 0.9], [0.1, 0.1]]);
    });

    it('has no current change where a cycle had no level', () => {
      expect(changes(body.trend.characteristics['4.1'])).toEqual([null, [null, 0], [0, 1]]);
    });

    it('leaves a draft out unless asked for, and then marks it provisional', async () => {
      const draftId = await assessmentThroughApi(
        admin,
        organisationId,
        'Next cycle (draft)',
        '2027-06-01',
        cycleRatings(server, cycleLevels[2] ?? { date: '', others: [3, 4], crafted: {} }),
        { submit: false },
      );
      try {
        const without = await viewer.get<Cycles>(`${org()}/cycles`);
        expect(without.body.cycles.map((c) => c.assessmentId)).toEqual(ids);
        const withDrafts = await viewer.get<Cycles>(`${org()}/cycles?includeDrafts=true`);
        expect(withDrafts.body.includeDrafts).toBe(true);
        expect(withDrafts.body.cycles.map((c) => [c.assessmentId, c.provisional])).toEqual([
          [ids[0], false],
          [ids[1], false],
          [ids[2], false],
          [draftId, true],
        ]);
        expect(withDrafts.body.trend.overall.map((p) => p.provisional)).toEqual([
          false,
          false,
          false,
          true,
        ]);
      } finally {
        await admin.delete(`${org()}/assessments/${draftId}`);
      }
    });
  });

  describe('the plan realisation', () => {
    it('compares the latest cycle with the one before by default', async () => {
      const r = await viewer.get<Realisation>(realisation(ids[2]));
      expect(r.status).toBe(200);
      expect([r.body.previous.assessmentId, r.body.previous.title, r.body.previousChosen]).toEqual([
        ids[1],
        'Cycle 2',
        'default',
      ]);
      expect(r.body.elapsed).toEqual({ days: 730, months: 24, flag: 'as-planned' });
    });

    it('judges the crafted characteristics of 2024 against the 2022 plan', async () => {
      const r = await viewer.get<Realisation>(realisation(ids[1]));
      const status = new Map(r.body.characteristics.map((c) => [c.characteristicId, c]));
      expect(
        ['1.1.1', '1.1.2', '2.1.1', '4.1', '1.2.1'].map((id) => [
          id,
          status.get(id)?.status,
          status.get(id)?.reason,
        ]),
      ).toEqual([
        ['1.1.1', 'partly', undefined],
        ['1.1.2', 'no-plan', undefined],
        ['2.1.1', 'not-reached', undefined],
        ['4.1', 'unknown', 'no-previous-current'],
        ['1.2.1', 'reached', undefined],
      ]);
      expect(r.body.counts).toEqual({
        reached: 28,
        partly: 1,
        'not-reached': 1,
        'fell-back': 0,
        'no-plan': 1,
        unknown: 1,
      });
    });

    it('counts per dimension and lists the improvements planned and not reached', async () => {
      const r = await viewer.get<Realisation>(realisation(ids[2]));
      expect(r.body.counts).toEqual({
        reached: 1,
        partly: 1,
        'not-reached': 28,
        'fell-back': 1,
        'no-plan': 1,
        unknown: 0,
      });
      expect(r.body.byDimension['4']).toEqual({
        reached: 0,
        partly: 0,
        'not-reached': 5,
        'fell-back': 0,
        'no-plan': 1,
        unknown: 0,
      });
      expect(r.body.notReached).toHaveLength(30);
      expect(
        r.body.notReached.slice(0, 2).map((c) => [c.characteristicId, c.status, c.shortfall]),
      ).toEqual([
        ['1.1.2', 'fell-back', 2],
        ['1.2.1', 'not-reached', 1],
      ]);
    });

    it('compares with the cycle named, and flags four years as longer than the plan', async () => {
      const r = await viewer.get<Realisation>(realisation(ids[2], `?previous=${ids[0]}`));
      expect([
        r.status,
        r.body.previous.assessmentId,
        r.body.previousChosen,
        r.body.elapsed.flag,
      ]).toEqual([200, ids[0], 'chosen', 'longer']);
    });

    it('refuses the first cycle: there is no previous one (409)', async () => {
      const r = await viewer.get<ErrorBody>(realisation(ids[0]));
      expect([r.status, r.body.error.code]).toEqual([409, 'cycle-no-previous']);
      expect(r.body.error.message).toContain('no earlier assessment');
    });

    it('refuses a later assessment or the same one as the previous cycle (409)', async () => {
      const later = await viewer.get<ErrorBody>(realisation(ids[1], `?previous=${ids[2]}`));
      const same = await viewer.get<ErrorBody>(realisation(ids[1], `?previous=${ids[1]}`));
      expect([later.status, later.body.error.code, same.status, same.body.error.code]).toEqual([
        409,
        'cycle-previous-not-earlier',
        409,
        'cycle-previous-not-earlier',
      ]);
    });

    it("does not compare with another organisation's assessment (404)", async () => {
      const elsewhere = (await createTestOrganisation(server, 'Elsewhere')).id;
      const { assessment } = await repositories.createAssessment(
        server.database.db,
        { organisationId: elsewhere },
        {
          title: 'Theirs',
          modelId: 'mmssc',
          modelVersion: '1.0.0',
          method: 'single-stakeholder',
          assessedOn: '2020-01-01',
          createdBy: null,
        },
        { name: 'Team', userId: null, stakeholderGroup: null },
      );
      const r = await viewer.get<ErrorBody>(realisation(ids[2], `?previous=${assessment.id}`));
      expect([r.status, r.body.error.code]).toEqual([404, 'not-found']);
    });

    it('compares a draft with the last submitted cycle, flagged provisional', async () => {
      const draftId = await assessmentThroughApi(
        admin,
        organisationId,
        'Early look',
        '2027-01-01',
        cycleRatings(server, cycleLevels[2] ?? { date: '', others: [3, 4], crafted: {} }),
        { submit: false },
      );
      try {
        const r = await viewer.get<Realisation & { current: { provisional: boolean } }>(
          realisation(draftId),
        );
        expect([
          r.body.previous.assessmentId,
          r.body.current.provisional,
          r.body.elapsed.flag,
        ]).toEqual([ids[2], true, 'shorter']);
      } finally {
        await admin.delete(`${org()}/assessments/${draftId}`);
      }
    });

    it('answers in Chinese when asked', async () => {
      const r = await viewer.get<ErrorBody>(`${realisation(ids[0])}?lang=zh`);
      expect(r.body.error.message).toMatch(/没有更早的评估/);
    });
  });

  describe('an organisation without cycles', () => {
    it('has an empty trend', async () => {
      const empty = (await createTestOrganisation(server, 'New City')).id;
      const client = (await signedInAs(server, 'viewer', empty)).client;
      const r = await client.get<Cycles>(`/api/v1/organisations/${empty}/cycles`);
      expect([r.status, r.body.cycles, r.body.trend.overall, r.body.unscorable]).toEqual([
        200,
        [],
        [],
        [],
      ]);
    });

    it('lists apart an assessment whose model is not installed here', async () => {
      const city = (await createTestOrganisation(server, 'Other Model City')).id;
      const scope = { organisationId: city };
      const { assessment } = await repositories.createAssessment(
        server.database.db,
        scope,
        {
          title: 'Another model',
          modelId: 'another-model',
          modelVersion: '2.0.0',
          method: 'single-stakeholder',
          assessedOn: '2025-01-01',
          createdBy: null,
        },
        { name: 'Team', userId: null, stakeholderGroup: null },
      );
      await repositories.markSubmitted(server.database.db, scope, assessment.id, null);
      const client = (await signedInAs(server, 'viewer', city)).client;
      const r = await client.get<Cycles>(`/api/v1/organisations/${city}/cycles`);
      expect([r.status, r.body.cycles.length, r.body.unscorable]).toEqual([
        200,
        0,
        [{ assessmentId: assessment.id, modelId: 'another-model' }],
      ]);
    });
  });
});
