import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benefitNodeFixture,
  initiativeFixture,
} from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface BenefitNode {
  id: string;
  kind: string;
  label: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  purposeId: string | null;
  x: number;
  y: number;
  kpiIds: string[];
  version: number;
}
interface BenefitMap {
  nodes: BenefitNode[];
  links: { fromNodeId: string; toNodeId: string }[];
  allowedLinks: Record<string, string[]>;
  summary: {
    purposes: {
      purposeId: string;
      nodeId: string | null;
      reachedFrom: { nodeId: string; pathCount: number; path: string[] }[];
    }[];
    initiativesReachingNoPurpose: string[];
    investmentsReachingNoPurpose: string[];
    outcomesWithoutKpi: string[];
    roadmapInitiativesNotOnMap: string[];
    unlinkedNodes: string[];
  };
}
interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string }[];
    nodeId?: string;
    fromKind?: string;
    toKind?: string;
    current?: BenefitNode;
  };
}

describe.each(databaseKinds)('the benefit map on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let otherId: string;
  let office: ApiClient;
  const map = (org = organisationId) => `/api/v1/organisations/${org}/programme/benefit-map`;
  const addNode = (body: Record<string, unknown>) =>
    office.post<BenefitNode & ErrorBody>(`${map()}/nodes`, body);
  const node = async (kindOfNode: string, label: string) => {
    const r = await addNode({ kind: kindOfNode, label });
    expect(r.status).toBe(201);
    return r.body.id;
  };
  const link = (fromNodeId: string, toNodeId: string) =>
    office.post<ErrorBody>(`${map()}/links`, { fromNodeId, toNodeId });
  const read = async () => (await office.get<BenefitMap>(map())).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Benefit City')).id;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('nodes', () => {
    it('are added with their label and position, version 1', async () => {
      const r = await addNode({ kind: 'output', label: 'Sensors installed', x: 120, y: -40 });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body).toMatchObject({
        kind: 'output',
        label: 'Sensors installed',
        x: 120,
        y: -40,
        initiativeId: null,
        initiativeTitle: null,
        purposeId: null,
        kpiIds: [],
        version: 1,
      });
    });

    it('stand for one of the pack’s purposes, once per purpose', async () => {
      const first = await addNode({ kind: 'purpose', purposeId: 'resilience' });
      expect(first.status).toBe(201);
      const second = await addNode({ kind: 'purpose', purposeId: 'resilience', label: 'Again' });
      expect(second.status).toBe(409);
      expect(second.body.error).toMatchObject({
        code: 'benefit-purpose-node-exists',
        nodeId: first.body.id,
      });
    });

    it('created at the same time for one purpose give one node and one 409', async () => {
      const create = () => addNode({ kind: 'purpose', purposeId: 'social-cohesion' });
      const statuses = (await Promise.all([create(), create(), create()])).map((r) => r.status);
      expect(statuses.sort()).toEqual([201, 409, 409]);
    });

    it('refuses a purpose node without a purpose, naming the field', async () => {
      const r = await addNode({ kind: 'purpose', label: 'Happiness' });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'benefit-node-purpose-required',
        issues: [{ path: 'body.purposeId' }],
      });
    });

    it('refuses a purpose the pack does not have', async () => {
      const r = await addNode({ kind: 'purpose', purposeId: 'happiness' });
      expect([r.status, r.body.error.code]).toEqual([400, 'benefit-node-unknown-purpose']);
    });

    it('refuses a purpose on a node of another kind', async () => {
      const r = await addNode({ kind: 'outcome', label: 'x', purposeId: 'resilience' });
      expect([r.status, r.body.error.code]).toEqual([400, 'benefit-node-purpose-kind']);
    });

    it('refuses a roadmap initiative on a node that is not an initiative', async () => {
      const initiativeId = await initiativeFixture(server, organisationId);
      const r = await addNode({ kind: 'output', label: 'x', initiativeId });
      expect([r.status, r.body.error.code]).toEqual([400, 'benefit-node-initiative-kind']);
    });

    it('stand for a roadmap initiative of the organisation, once per initiative', async () => {
      const initiativeId = await initiativeFixture(server, organisationId, { title: 'Smart grid' });
      const first = await addNode({ kind: 'initiative', initiativeId });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ initiativeId, label: '' });
      const second = await addNode({ kind: 'initiative', initiativeId });
      expect([second.status, second.body.error.code]).toEqual([
        409,
        'benefit-initiative-node-exists',
      ]);
    });

    it('are one per roadmap initiative in the database too (a unique index)', async () => {
      const initiativeId = await initiativeFixture(server, organisationId, { title: 'Heat map' });
      expect((await addNode({ kind: 'initiative', initiativeId })).status).toBe(201);
      const insert = server.database.pool.query(
        `insert into benefit_nodes (organisation_id, kind, initiative_id) values ($1, 'initiative', $2)`,
        [organisationId, initiativeId],
      );
      await expect(insert).rejects.toMatchObject({ code: '23505' });
    });

    it('carry the title of the roadmap initiative they stand for, on the map too', async () => {
      const initiativeId = await initiativeFixture(server, organisationId, { title: 'Bike lanes' });
      const r = await addNode({ kind: 'initiative', initiativeId });
      expect(r.body.initiativeTitle).toBe('Bike lanes');
      const onMap = (await read()).nodes.find((n) => n.id === r.body.id);
      expect(onMap).toMatchObject({ initiativeId, initiativeTitle: 'Bike lanes', label: '' });
    });

    it("refuses another organisation's initiative, naming the field", async () => {
      const theirs = await initiativeFixture(server, otherId, { title: 'Their initiative' });
      const r = await addNode({ kind: 'initiative', initiativeId: theirs });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'benefit-node-unknown-initiative',
        issues: [{ path: 'body.initiativeId' }],
      });
    });

    it('need a label unless they stand for a purpose or an initiative', async () => {
      const r = await addNode({ kind: 'outcome' });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'benefit-node-label-required',
        issues: [{ path: 'body.label' }],
      });
    });

    it('are moved and renamed from the version seen', async () => {
      const id = await node('outcome', 'Cleaner air');
      const r = await office.request<BenefitNode>(
        'PATCH',
        `${map()}/nodes/${id}`,
        { label: 'Cleaner air in the centre', x: 300, y: 150 },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        label: 'Cleaner air in the centre',
        x: 300,
        y: 150,
        version: 2,
      });
    });

    it('refuse a change from a stale version, returning the stored node', async () => {
      const id = await node('outcome', 'Contested');
      const edit = (x: number) =>
        office.request<ErrorBody>('PATCH', `${map()}/nodes/${id}`, { x }, { 'if-match': '"1"' });
      await edit(10);
      const r = await edit(20);
      expect(r.status).toBe(412);
      expect(r.body.error).toMatchObject({
        code: 'benefit-node-conflict',
        current: { x: 10, version: 2 },
      });
    });

    it('keep a label once they need one', async () => {
      const id = await node('output', 'Named');
      const r = await office.request<ErrorBody>(
        'PATCH',
        `${map()}/nodes/${id}`,
        { label: '' },
        { 'if-match': '"1"' },
      );
      expect([r.status, r.body.error.code]).toEqual([400, 'benefit-node-label-required']);
    });
  });

  describe('arrows', () => {
    let initiative: string;
    let output: string;
    let outcome: string;
    let endOutcome: string;
    beforeAll(async () => {
      initiative = await node('initiative', 'Traffic lights');
      output = await node('output', 'Adaptive signals');
      outcome = await node('outcome', 'Shorter journeys');
      endOutcome = await node('outcome', 'Less congestion');
    });

    it('follow the logic model', async () => {
      expect((await link(initiative, output)).status).toBe(201);
      expect((await link(output, outcome)).status).toBe(201);
      expect((await link(outcome, endOutcome)).status).toBe(201);
    });

    it('are refused when they skip a step, naming both kinds', async () => {
      const r = await link(initiative, endOutcome);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'benefit-link-not-allowed',
        fromKind: 'initiative',
        toKind: 'outcome',
      });
      expect(r.body.error.message).toContain('initiative → outcome');
    });

    it('are refused from a node to itself', async () => {
      expect((await link(outcome, outcome)).body.error.code).toBe('benefit-link-self');
    });

    it('are refused twice', async () => {
      const r = await link(initiative, output);
      expect([r.status, r.body.error.code]).toEqual([409, 'benefit-link-exists']);
    });

    it('are refused twice in the caller’s language', async () => {
      const zh = (await signedInAs(server, 'programme_office', organisationId, 'zh')).client;
      const r = await zh.post<ErrorBody>(`${map()}/links`, {
        fromNodeId: initiative,
        toNodeId: output,
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'benefit-link-exists']);
      expect(r.body.error.message).toBe('这条连线已经存在');
    });

    it('are refused when they would close a loop', async () => {
      const r = await link(endOutcome, outcome);
      expect([r.status, r.body.error.code]).toEqual([409, 'benefit-link-cycle']);
    });

    it("are refused to another organisation's node, naming the field", async () => {
      const theirs = await benefitNodeFixture(server, otherId, 'outcome');
      const r = await link(output, theirs);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'benefit-link-unknown-node',
        issues: [{ path: 'body.toNodeId' }],
      });
      const stored = await server.database.pool.query(
        'select 1 from benefit_links where to_node_id = $1',
        [theirs],
      );
      expect(stored.rowCount).toBe(0);
    });

    it('made at the same time can never together close a loop', async () => {
      const a = await node('outcome', 'Concurrent A');
      const b = await node('outcome', 'Concurrent B');
      const statuses = (await Promise.all([link(a, b), link(b, a)])).map((r) => r.status);
      expect(statuses.sort()).toEqual([201, 409]);
    });

    it('are recorded in the audit log, one entry per arrow added', async () => {
      const entries = await server.database.pool.query<{ target_id: string }>(
        "select target_id from audit_log where organisation_id = $1 and action = 'programme.benefit-link.create'",
        [organisationId],
      );
      const links = await server.database.pool.query<{ id: string }>(
        "select from_node_id || '→' || to_node_id as id from benefit_links where organisation_id = $1",
        [organisationId],
      );
      expect(entries.rows.map((r) => r.target_id).sort()).toEqual(
        links.rows.map((r) => r.id).sort(),
      );
      expect(links.rowCount).toBe(4);
    });

    it('are removed by their two ends, once', async () => {
      const from = await node('output', 'Temporary output');
      await link(initiative, from);
      const path = `${map()}/links?fromNodeId=${initiative}&toNodeId=${from}`;
      expect((await office.delete(path)).status).toBe(204);
      expect((await office.delete(path)).status).toBe(404);
    });

    it('go with a removed node; the node’s KPI stays, no longer tied to it', async () => {
      const doomed = await node('outcome', 'Doomed outcome');
      await link(output, doomed);
      const kpi = await office.post<{ id: string }>(
        `/api/v1/organisations/${organisationId}/programme/kpis`,
        { name: 'Journey time', benefitNodeId: doomed },
      );
      expect((await office.delete(`${map()}/nodes/${doomed}`)).status).toBe(204);
      const after = await read();
      expect(after.links.some((l) => l.toNodeId === doomed)).toBe(false);
      const kpis = await office.get<{ kpis: { id: string; benefitNodeId: string | null }[] }>(
        `/api/v1/organisations/${organisationId}/programme/kpis`,
      );
      expect(kpis.body.kpis.find((k) => k.id === kpi.body.id)?.benefitNodeId).toBeNull();
    });
  });

  describe('tenant isolation', () => {
    let theirs: string;
    beforeAll(async () => {
      theirs = await benefitNodeFixture(server, otherId, 'output', 'Their output');
    });

    it("never shows another organisation's nodes", async () => {
      expect((await read()).nodes.map((n) => n.label)).not.toContain('Their output');
    });

    it("answers 404 to a change of another organisation's node, which stays as it was", async () => {
      const r = await office.request(
        'PATCH',
        `${map()}/nodes/${theirs}`,
        { label: 'Taken over' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(404);
      const rows = await server.database.pool.query<{ label: string }>(
        'select label from benefit_nodes where id = $1',
        [theirs],
      );
      expect(rows.rows[0]?.label).toBe('Their output');
    });

    it("answers 404 to the removal of another organisation's node", async () => {
      expect((await office.delete(`${map()}/nodes/${theirs}`)).status).toBe(404);
    });

    it('answers 404 to a member of another organisation', async () => {
      expect((await office.get(map(otherId))).status).toBe(404);
    });
  });
});
