import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentThroughApi } from '../test-support/cycles-fixtures.js';
import { initiativeFixture, levelRatings } from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Initiative {
  id: string;
  phaseId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  owner: string;
  budget: string | null;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
  lifts: { characteristicId: string; targetLevel: number }[];
  benefitNodeId: string | null;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
}
interface Roadmap {
  initiatives: Initiative[];
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[]; current?: Initiative };
}

describe.each(databaseKinds)('the programme roadmap on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let office: ApiClient;
  let officeUserId: string;
  const programme = (org = organisationId) => `/api/v1/organisations/${org}/programme`;
  const create = (body: Record<string, unknown>, client = office) =>
    client.post<Initiative>(`${programme()}/initiatives`, {
      phaseId: 'implementation',
      title: 'Initiative',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      ...body,
    });
  const patch = (id: string, body: unknown, version: number) =>
    office.request<Initiative & ErrorBody>('PATCH', `${programme()}/initiatives/${id}`, body, {
      'if-match': `"${String(version)}"`,
    });
  const roadmap = async (query = '') => {
    const r = await office.get<Roadmap>(`${programme()}/roadmap${query}`);
    expect(r.status).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Roadmap City')).id;
    const signed = await signedInAs(server, 'programme_office', organisationId);
    office = signed.client;
    officeUserId = signed.user.id;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('an initiative', () => {
    it('is created with its lifts and components, the budget as an exact decimal, version 1', async () => {
      const r = await create({
        title: 'Open data platform',
        owner: 'CIO',
        budget: 1200,
        currency: 'EUR',
        componentCodes: ['B7', 'B14'],
        lifts: [
          { characteristicId: '1.1.2', targetLevel: 3 },
          { characteristicId: '1.1.1', targetLevel: 4 },
        ],
      });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body).toMatchObject({
        title: 'Open data platform',
        budget: '1200.00',
        currency: 'EUR',
        quickWin: false,
        componentCodes: ['B7', 'B14'],
        lifts: [
          { characteristicId: '1.1.1', targetLevel: 4 },
          { characteristicId: '1.1.2', targetLevel: 3 },
        ],
        benefitNodeId: null,
        version: 1,
        updatedBy: { id: officeUserId },
      });
    });

    it('is recorded in the audit log with who created it', async () => {
      const r = await create({ title: 'Audited' });
      const rows = await server.database.pool.query<{ action: string; actor_user_id: string }>(
        'select action, actor_user_id from audit_log where organisation_id = $1 and target_id = $2',
        [organisationId, r.body.id],
      );
      expect(rows.rows).toEqual([
        { action: 'programme.initiative.create', actor_user_id: officeUserId },
      ]);
    });

    it('refuses a phase the pack does not have, naming the field', async () => {
      const r = await create({ phaseId: 'celebration' });
      expect(r.status).toBe(400);
      expect((r.body as unknown as ErrorBody).error).toMatchObject({
        code: 'roadmap-unknown-phase',
        issues: [{ path: 'body.phaseId' }],
      });
    });

    it('refuses a characteristic the model does not have, naming the lift', async () => {
      const r = await create({ lifts: [{ characteristicId: '9.9.9', targetLevel: 3 }] });
      expect((r.body as unknown as ErrorBody).error).toMatchObject({
        code: 'roadmap-unknown-characteristic',
        issues: [{ path: 'body.lifts.0.characteristicId' }],
      });
      expect(r.status).toBe(400);
    });

    it('refuses a component ISO 37106 does not have, naming it', async () => {
      const r = await create({ componentCodes: ['B7', 'B99'] });
      expect(r.status).toBe(400);
      expect((r.body as unknown as ErrorBody).error).toMatchObject({
        code: 'roadmap-unknown-component',
        issues: [{ path: 'body.componentCodes.1' }],
      });
    });

    it('is changed from the version seen: the fields given, the lifts replaced as a set', async () => {
      const { body: created } = await create({
        lifts: [{ characteristicId: '2.1.1', targetLevel: 3 }],
      });
      const r = await patch(
        created.id,
        { owner: 'Mayor', lifts: [{ characteristicId: '2.1.2', targetLevel: 4 }] },
        1,
      );
      expect(r.status).toBe(200);
      expect(r.headers.get('etag')).toBe('"2"');
      expect(r.body).toMatchObject({
        owner: 'Mayor',
        title: 'Initiative',
        lifts: [{ characteristicId: '2.1.2', targetLevel: 4 }],
        version: 2,
      });
    });

    it('keeps its lifts when a change does not name them', async () => {
      const { body: created } = await create({
        lifts: [{ characteristicId: '2.1.1', targetLevel: 3 }],
      });
      const r = await patch(created.id, { quickWin: true }, 1);
      expect(r.body.lifts).toEqual([{ characteristicId: '2.1.1', targetLevel: 3 }]);
    });

    it('clears its budget when the change sets it to null', async () => {
      const { body: created } = await create({ budget: '99.90' });
      expect((await patch(created.id, { budget: null }, 1)).body.budget).toBeNull();
    });

    it('refuses a stale version with the stored initiative, writing nothing', async () => {
      const { body: created } = await create({ title: 'Contested' });
      await patch(created.id, { title: 'First edit' }, 1);
      const r = await patch(created.id, { title: 'Second edit' }, 1);
      expect(r.status).toBe(412);
      expect(r.body.error.code).toBe('roadmap-initiative-conflict');
      expect(r.body.error.current).toMatchObject({ title: 'First edit', version: 2 });
    });

    it('refuses an end before the stored start', async () => {
      const { body: created } = await create({ startsOn: '2026-06-01', endsOn: '2026-09-30' });
      const r = await patch(created.id, { endsOn: '2026-05-31' }, 1);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'roadmap-initiative-dates',
        issues: [{ path: 'body.endsOn' }],
      });
    });

    it('is removed with its benefit-map node and that node’s arrows', async () => {
      const { body: created } = await create({ title: 'Short-lived' });
      const map = `${programme()}/benefit-map`;
      const node = await office.post<{ id: string }>(`${map}/nodes`, {
        kind: 'initiative',
        initiativeId: created.id,
      });
      const output = await office.post<{ id: string }>(`${map}/nodes`, {
        kind: 'output',
        label: 'Output of the short-lived initiative',
      });
      await office.post(`${map}/links`, { fromNodeId: node.body.id, toNodeId: output.body.id });
      const r = await office.delete(`${programme()}/initiatives/${created.id}`);
      expect(r.status).toBe(204);
      const after = await office.get<{ nodes: { id: string }[]; links: unknown[] }>(map);
      expect(after.body.nodes.map((n) => n.id)).not.toContain(node.body.id);
      expect(after.body.nodes.map((n) => n.id)).toContain(output.body.id);
      expect(after.body.links).not.toContainEqual({
        fromNodeId: node.body.id,
        toNodeId: output.body.id,
      });
      expect((await roadmap()).initiatives.map((i) => i.id)).not.toContain(created.id);
    });

    it('names its benefit-map node', async () => {
      const { body: created } = await create({ title: 'On the map' });
      const node = await office.post<{ id: string }>(`${programme()}/benefit-map/nodes`, {
        kind: 'initiative',
        initiativeId: created.id,
      });
      const listed = (await roadmap()).initiatives.find((i) => i.id === created.id);
      expect(listed?.benefitNodeId).toBe(node.body.id);
    });

    it('is not removed with a stale If-Match', async () => {
      const { body: created } = await create({ title: 'Kept' });
      await patch(created.id, { owner: 'Someone' }, 1);
      const r = await office.request(
        'DELETE',
        `${programme()}/initiatives/${created.id}`,
        undefined,
        {
          'if-match': '"1"',
        },
      );
      expect(r.status).toBe(412);
      expect((await roadmap()).initiatives.map((i) => i.id)).toContain(created.id);
    });
  });

  describe('tenant isolation', () => {
    let otherId: string;
    let otherInitiative: string;
    let otherAssessment: string;
    beforeAll(async () => {
      otherId = (await createTestOrganisation(server, 'Elsewhere')).id;
      otherInitiative = await initiativeFixture(server, otherId, { title: 'Secret plan' });
      const otherAdmin = (await signedInAs(server, 'org_admin', otherId)).client;
      otherAssessment = await assessmentThroughApi(
        otherAdmin,
        otherId,
        'Theirs',
        '2026-01-01',
        levelRatings(server, {}),
      );
    });

    it("never shows another organisation's initiatives", async () => {
      expect((await roadmap()).initiatives.map((i) => i.title)).not.toContain('Secret plan');
    });

    it("answers 404 to a change of another organisation's initiative, which stays as it was", async () => {
      const r = await patch(otherInitiative, { title: 'Hijacked' }, 1);
      expect(r.status).toBe(404);
      const rows = await server.database.pool.query<{ title: string }>(
        'select title from roadmap_initiatives where id = $1',
        [otherInitiative],
      );
      expect(rows.rows[0]?.title).toBe('Secret plan');
    });

    it("answers 404 to the removal of another organisation's initiative", async () => {
      expect((await office.delete(`${programme()}/initiatives/${otherInitiative}`)).status).toBe(
        404,
      );
    });

    it("answers 404 to a comparison with another organisation's assessment", async () => {
      const r = await office.get(`${programme()}/roadmap?assessmentId=${otherAssessment}`);
      expect(r.status).toBe(404);
    });

    it('answers 404 to a member of another organisation', async () => {
      const r = await office.get(`${programme(otherId)}/roadmap`);
      expect(r.status).toBe(404);
    });
  });
});
