import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentThroughApi,
  cycleLevels,
  cycleRatings,
} from '../test-support/cycles-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Progress {
  recommendationId: string;
  componentCode: string;
  status: string;
  owner: string;
  dueOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
  overdue: boolean;
  version: number;
}
interface Counts {
  total: number;
  counts: Record<string, number>;
  applicable: number;
  doneShare: number | null;
  overdue: string[];
}
interface Tracker {
  today: string;
  assessment: { id: string; status: string; selection: string } | null;
  model: { id: string };
  components: {
    code: string;
    part: string;
    area: string | null;
    characteristics: {
      characteristicId: string;
      current: number | null;
      target: number | null;
      gap: number | null;
    }[];
    priority: {
      gapSum: number;
      gapMax: number;
      characteristicsWithGap: number;
      rank: number | null;
    } | null;
    progress: Counts;
    recommendations: (Progress & { lifts: string[] })[];
  }[];
  overall: Counts;
  gaps: { characteristicId: string; gap: number; componentCodes: string[] }[];
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[]; current?: Progress };
}

describe.each(databaseKinds)('programme component tracker on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let office: ApiClient;
  let outsider: ApiClient;
  let organisationId: string;
  let otherId: string;
  let submittedId: string;
  let draftId: string;
  const programme = (id = organisationId) => `/api/v1/organisations/${id}/programme`;
  const tracker = async (query = '', client = office) =>
    client.get<Tracker>(`${programme()}/components${query}`);
  const component = (body: Tracker, code: string) => body.components.find((c) => c.code === code);

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Tracked City')).id;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    outsider = (await signedInAs(server, 'org_admin', otherId)).client;
    const [first, second] = cycleLevels;
    if (!first || !second) throw new Error('no cycle levels');
    submittedId = await assessmentThroughApi(
      admin,
      organisationId,
      'Baseline',
      first.date,
      cycleRatings(server, first),
    );
    draftId = await assessmentThroughApi(
      admin,
      organisationId,
      'Next cycle',
      second.date,
      cycleRatings(server, second),
      { submit: false },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the gaps of the assessment', () => {
    it('takes the latest submitted assessment by default, even with a later draft', async () => {
      const r = await tracker();
      expect(r.status).toBe(200);
      expect(r.body.assessment).toMatchObject({
        id: submittedId,
        status: 'submitted',
        selection: 'latest-submitted',
      });
    });

    it('takes the assessment asked for', async () => {
      const r = await tracker(`?assessmentId=${draftId}`);
      expect(r.body.assessment).toMatchObject({ id: draftId, selection: 'requested' });
    });

    it('lists every component of the pack with its recommendations, in pack order', async () => {
      const r = await tracker();
      const pack = server.ctx.operatingModel.components;
      expect(r.body.components.map((c) => c.code)).toEqual(pack.map((c) => c.code));
      expect(component(r.body, 'B7')?.recommendations.map((x) => x.recommendationId)).toEqual(
        pack.find((c) => c.code === 'B7')?.recommendations.map((x) => x.id),
      );
    });

    it('gives city vision [B1] the characteristics Annex B links to it, with official levels and gaps', async () => {
      // Baseline: 1.1.1 1→3, 1.1.2 2→2, 4.1 "don't know"→3, the other purposes 2→3.
      const b1 = component((await tracker()).body, 'B1');
      expect(
        b1?.characteristics.map((c) => [c.characteristicId, c.current, c.target, c.gap]),
      ).toEqual([
        ['1.1.1', 1, 3, 2],
        ['1.1.2', 2, 2, 0],
        ['4.1', null, 3, null],
        ['4.2', 2, 3, 1],
        ['4.3', 2, 3, 1],
        ['4.4', 2, 3, 1],
        ['4.5', 2, 3, 1],
        ['4.6', 2, 3, 1],
      ]);
      expect(b1?.priority).toEqual({ gapSum: 7, gapMax: 2, characteristicsWithGap: 6, rank: 4 });
    });

    it('ranks the benefit components first: they serve the most planned improvement', async () => {
      // C1–C3 serve 1.5.1–1.5.3 and 4.2–4.6, a gap of 1 each: 8.
      const body = (await tracker()).body;
      expect(['C1', 'C2', 'C3'].map((code) => component(body, code)?.priority?.rank)).toEqual([
        1, 2, 3,
      ]);
      expect(component(body, 'C1')?.priority?.gapSum).toBe(8);
    });

    it('says so when Annex B links no characteristic to a component, and leaves it unranked', async () => {
      const a = component((await tracker()).body, 'A');
      expect(a?.characteristics).toEqual([]);
      expect(a?.priority).toEqual({
        gapSum: 0,
        gapMax: 0,
        characteristicsWithGap: 0,
        rank: null,
      });
      expect(a?.recommendations.every((x) => x.lifts.length === 0)).toBe(true);
    });

    it('gives every recommendation the characteristics of its component to lift', async () => {
      const b2 = component((await tracker()).body, 'B2');
      expect(b2?.recommendations.every((x) => x.lifts.join() === '1.2.1,1.2.2,1.2.3')).toBe(true);
    });

    it('points the planned improvements at their components, the largest gap first', async () => {
      const gaps = (await tracker()).body.gaps;
      expect(gaps[0]).toEqual({
        characteristicId: '1.1.1',
        current: 1,
        target: 3,
        gap: 2,
        componentCodes: ['B1'],
      });
      expect(gaps.some((g) => g.characteristicId === '1.1.2')).toBe(false);
    });

    it('gives the links without levels when the organisation has no assessment', async () => {
      const empty = (await createTestOrganisation(server, 'New City')).id;
      const client = (await signedInAs(server, 'viewer', empty)).client;
      const r = await client.get<Tracker>(`${programme(empty)}/components`);
      expect(r.status).toBe(200);
      expect(r.body.assessment).toBeNull();
      expect(r.body.gaps).toEqual([]);
      const b1 = component(r.body, 'B1');
      expect(b1?.priority).toBeNull();
      expect(b1?.characteristics[0]).toEqual({
        characteristicId: '1.1.1',
        current: null,
        target: null,
        gap: null,
      });
    });

    it('takes the latest draft when nothing is submitted', async () => {
      const draftsOnly = (await createTestOrganisation(server, 'Draft City')).id;
      const client = (await signedInAs(server, 'org_admin', draftsOnly)).client;
      const [first] = cycleLevels;
      if (!first) throw new Error('no cycle levels');
      const id = await assessmentThroughApi(
        client,
        draftsOnly,
        'First draft',
        first.date,
        cycleRatings(server, first),
        { submit: false },
      );
      const r = await client.get<Tracker>(`${programme(draftsOnly)}/components`);
      expect(r.body.assessment).toMatchObject({ id, selection: 'latest-draft' });
    });
  });

  describe('the checklist', () => {
    it('starts with every recommendation not started, version 0', async () => {
      const body = (await tracker()).body;
      expect(body.overall.counts['not-started']).toBe(body.overall.total);
      expect(component(body, 'B3')?.recommendations[0]).toMatchObject({
        status: 'not-started',
        owner: '',
        dueOn: null,
        version: 0,
        overdue: false,
      });
    });

    it('records a recommendation’s progress the first time without If-Match (201)', async () => {
      const r = await office.put<Progress>(`${programme()}/recommendations/B3.a`, {
        status: 'in-progress',
        owner: 'Engagement team',
        dueOn: '2026-03-31',
        evidence: 'Draft engagement plan',
        evidenceUrl: 'https://city.example/engagement.pdf',
      });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body).toMatchObject({
        recommendationId: 'B3.a',
        componentCode: 'B3',
        status: 'in-progress',
        owner: 'Engagement team',
        version: 1,
      });
    });

    it('counts it and flags it overdue after its due date', async () => {
      const body = (await tracker('?today=2026-04-01')).body;
      const b3 = component(body, 'B3');
      expect(b3?.progress.counts['in-progress']).toBe(1);
      expect(b3?.progress.overdue).toEqual(['B3.a']);
      expect(b3?.recommendations.find((x) => x.recommendationId === 'B3.a')?.overdue).toBe(true);
      expect(body.today).toBe('2026-04-01');
    });

    it('is not overdue on its due date', async () => {
      const b3 = component((await tracker('?today=2026-03-31')).body, 'B3');
      expect(b3?.progress.overdue).toEqual([]);
    });

    it('changes the progress from the version seen and gives the share done of the applicable ones', async () => {
      const ids =
        server.ctx.operatingModel.components
          .find((c) => c.code === 'B3')
          ?.recommendations.map((x) => x.id) ?? [];
      const r = await office.request<Progress>(
        'PUT',
        `${programme()}/recommendations/B3.a`,
        { status: 'done', owner: 'Engagement team', dueOn: '2026-03-31' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'done', version: 2, evidence: '', evidenceUrl: null });
      await office.put(`${programme()}/recommendations/${ids[1] ?? ''}`, {
        status: 'not-applicable',
      });
      const b3 = component((await tracker('?today=2026-04-01')).body, 'B3');
      expect(b3?.progress).toMatchObject({
        total: ids.length,
        applicable: ids.length - 1,
        doneShare: Math.round((1 / (ids.length - 1)) * 1000) / 1000,
        overdue: [],
      });
    });

    it('refuses a stale version with 412 and the stored progress', async () => {
      const r = await office.request<ErrorBody>(
        'PUT',
        `${programme()}/recommendations/B3.a`,
        { status: 'not-started' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.code).toBe('recommendation-conflict');
      expect(r.body.error.current).toMatchObject({ status: 'done', version: 2 });
    });

    it('refuses to record it again without If-Match once it exists (412)', async () => {
      const r = await office.put<ErrorBody>(`${programme()}/recommendations/B3.a`, {
        status: 'not-started',
      });
      expect(r.status).toBe(412);
      expect(r.body.error.current?.version).toBe(2);
    });

    it('lets only one of two simultaneous first records through; the other gets 412, never a 500', async () => {
      const path = `${programme()}/recommendations/B9.a`;
      const statuses = await Promise.all(
        ['Service design', 'Digital team'].map(
          async (owner) => (await office.put(path, { status: 'in-progress', owner })).status,
        ),
      );
      expect(statuses.sort()).toEqual([201, 412]);
    });

    it('lets only one of two simultaneous changes of the same version through', async () => {
      const path = `${programme()}/recommendations/B9.b`;
      await office.put(path, { status: 'in-progress' });
      const statuses = await Promise.all(
        ['done', 'not-applicable'].map(
          async (status) =>
            (await office.request('PUT', path, { status }, { 'if-match': '"1"' })).status,
        ),
      );
      expect(statuses.sort()).toEqual([200, 412]);
    });

    it('refuses a recommendation the pack does not have, naming the param', async () => {
      const r = await office.put<ErrorBody>(`${programme()}/recommendations/B3.z`, {
        status: 'done',
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('unknown-recommendation');
      expect(r.body.error.issues?.[0]?.path).toBe('params.recommendationId');
    });

    it('records every change in the organisation’s audit log', async () => {
      const rows = await server.database.pool.query<{ target_id: string; details: unknown }>(
        "select target_id, details from audit_log where organisation_id = $1 and action = 'programme.recommendation.save' order by id",
        [organisationId],
      );
      expect(rows.rows.map((r) => r.target_id).slice(0, 2)).toEqual(['B3.a', 'B3.a']);
      expect(rows.rows[1]?.details).toMatchObject({ status: 'done', version: 2 });
    });

    it('lets a viewer read the tracker but not change it', async () => {
      const viewer = (await signedInAs(server, 'viewer', organisationId)).client;
      expect((await tracker('', viewer)).status).toBe(200);
      expect(
        (await viewer.put(`${programme()}/recommendations/B4.a`, { status: 'done' })).status,
      ).toBe(403);
    });
  });

  describe('tenant isolation', () => {
    it('hides the tracker from members of another organisation (404)', async () => {
      expect((await tracker('', outsider)).status).toBe(404);
      expect(
        (await outsider.put(`${programme()}/recommendations/B5.a`, { status: 'done' })).status,
      ).toBe(404);
    });

    it('never shows another organisation’s assessment through one’s own path (404)', async () => {
      const theirs = await assessmentThroughApi(
        outsider,
        otherId,
        'Theirs',
        '2026-01-01',
        cycleRatings(server, cycleLevels[0] ?? { date: '', others: [2, 3], crafted: {} }),
      );
      expect((await tracker(`?assessmentId=${theirs}`)).status).toBe(404);
    });

    it('keeps each organisation’s checklist its own', async () => {
      const theirs = await outsider.put(`${programme(otherId)}/recommendations/B5.a`, {
        status: 'done',
      });
      expect(theirs.status).toBe(201);
      const b5 = component((await tracker()).body, 'B5');
      expect(b5?.progress.counts.done).toBe(0);
    });
  });
});
