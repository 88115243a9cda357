import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benefitNodeFixture, kpiFixture } from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Point {
  on: string;
  value: number;
}
interface Kpi {
  id: string;
  name: string;
  unit: string;
  indicator: { scheme: string; code: string } | null;
  direction: string;
  baseline: Point | null;
  trajectory: Point[];
  benefitNodeId: string | null;
  version: number;
  actuals: { on: string; value: number; note: string; recordedBy: { id: string } | null }[];
  status: {
    status: string;
    latest: Point | null;
    expected: number | null;
    deviation: number | null;
    tolerance: number | null;
    target: Point | null;
  };
  series: { planned: Point[]; actual: Point[] };
}
interface KpiList {
  kpis: Kpi[];
  counts: Record<string, number>;
  toleranceShare: number;
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[]; current?: Kpi };
}

/** Share of renewable energy: 20 % at the baseline, 30 % a year later, 50 % two years after. */
const renewables = {
  name: 'Renewable energy share',
  unit: '%',
  indicator: { scheme: 'iso-37120', code: '7.4' },
  direction: 'increase',
  baseline: { on: '2026-01-01', value: 20 },
  successCriterion: 'Half of the energy renewable by 2029',
  trajectory: [
    { on: '2027-01-01', value: 30 },
    { on: '2029-01-01', value: 50 },
  ],
  owner: 'Energy office',
};

describe.each(databaseKinds)('the KPIs on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let otherId: string;
  let office: ApiClient;
  let officeUserId: string;
  const kpis = (org = organisationId) => `/api/v1/organisations/${org}/programme/kpis`;
  const create = (body: Record<string, unknown> = {}) =>
    office.post<Kpi & ErrorBody>(kpis(), { ...renewables, ...body });
  const actual = (kpiId: string, date: string, value: number, note = '') =>
    office.put<Kpi>(`${kpis()}/${kpiId}/actuals/${date}`, { value, note });
  const patch = (kpiId: string, body: unknown, version: number) =>
    office.request<Kpi & ErrorBody>('PATCH', `${kpis()}/${kpiId}`, body, {
      'if-match': `"${String(version)}"`,
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'KPI City')).id;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    const signed = await signedInAs(server, 'programme_office', organisationId);
    office = signed.client;
    officeUserId = signed.user.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('are created with indicator, baseline and trajectory, without data yet', async () => {
    const r = await create();
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.body).toMatchObject({
      name: 'Renewable energy share',
      indicator: { scheme: 'iso-37120', code: '7.4' },
      baseline: { on: '2026-01-01', value: 20 },
      actuals: [],
      status: { status: 'no-data', latest: null, target: { on: '2029-01-01', value: 50 } },
      series: {
        planned: [
          { on: '2026-01-01', value: 20 },
          { on: '2027-01-01', value: 30 },
          { on: '2029-01-01', value: 50 },
        ],
        actual: [],
      },
      version: 1,
    });
  });

  it('judge the latest actual value against the trajectory: on track', async () => {
    const { body } = await create();
    const r = await actual(body.id, '2027-01-01', 29.8, 'Annual energy balance');
    expect(r.status).toBe(200);
    expect(r.body.status).toMatchObject({
      status: 'on-track',
      latest: { on: '2027-01-01', value: 29.8 },
      expected: 30,
    });
    expect(r.body.actuals).toEqual([
      expect.objectContaining({
        on: '2027-01-01',
        value: 29.8,
        note: 'Annual energy balance',
        recordedBy: expect.objectContaining({ id: officeUserId }) as unknown,
      }),
    ]);
  });

  it('flag a KPI off track when the latest value is short by more than the tolerance', async () => {
    const { body } = await create();
    // Expected 30 on 2027-01-01; tolerance 5 % of the 10 points planned for that year.
    const r = await actual(body.id, '2027-01-01', 29);
    expect(r.body.status).toMatchObject({ status: 'off-track', deviation: -1, tolerance: 0.5 });
  });

  it('call a KPI achieved once the final milestone is met', async () => {
    const { body } = await create();
    expect((await actual(body.id, '2028-06-30', 51)).body.status.status).toBe('achieved');
  });

  it('keep one value per date: a second value replaces the first', async () => {
    const { body } = await create();
    await actual(body.id, '2026-07-01', 10);
    const r = await actual(body.id, '2026-07-01', 26, 'Corrected');
    expect(r.body.actuals.map((a) => [a.on, a.value, a.note])).toEqual([
      ['2026-07-01', 26, 'Corrected'],
    ]);
  });

  it('read a decrease KPI the other way round', async () => {
    const { body } = await create({
      name: 'CO2 per inhabitant',
      direction: 'decrease',
      baseline: { on: '2026-01-01', value: 8 },
      trajectory: [{ on: '2030-01-01', value: 4 }],
    });
    expect((await actual(body.id, '2028-01-01', 6.05)).body.status.status).toBe('on-track');
    expect((await actual(body.id, '2028-01-01', 7)).body.status.status).toBe('off-track');
  });

  it('remove an actual value, once', async () => {
    const { body } = await create();
    await actual(body.id, '2026-07-01', 25);
    const path = `${kpis()}/${body.id}/actuals/2026-07-01`;
    expect((await office.delete(path)).status).toBe(204);
    expect((await office.delete(path)).status).toBe(404);
    const list = await office.get<KpiList>(kpis());
    expect(list.body.kpis.find((k) => k.id === body.id)?.status.status).toBe('no-data');
  });

  it('are listed with the number of each status and the tolerance', async () => {
    const r = await office.get<KpiList>(kpis());
    expect(r.status).toBe(200);
    expect(r.body.toleranceShare).toBe(0.05);
    const total = Object.values(r.body.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.body.kpis.length);
    expect(r.body.counts['off-track']).toBe(
      r.body.kpis.filter((k) => k.status.status === 'off-track').length,
    );
    expect(r.body.counts['off-track']).toBeGreaterThan(0);
  });

  it('are changed from the version seen, their actual values kept', async () => {
    const { body } = await create();
    await actual(body.id, '2026-07-01', 25);
    const r = await patch(body.id, { owner: 'Climate office', unit: 'percent' }, 1);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ owner: 'Climate office', unit: 'percent', version: 2 });
    expect(r.body.actuals).toHaveLength(1);
  });

  it('refuse a change from a stale version, returning the stored KPI', async () => {
    const { body } = await create();
    await patch(body.id, { owner: 'First' }, 1);
    const r = await patch(body.id, { owner: 'Second' }, 1);
    expect(r.status).toBe(412);
    expect(r.body.error).toMatchObject({ code: 'kpi-conflict', current: { owner: 'First' } });
  });

  it('refuse a new trajectory that starts before the stored baseline, naming the milestone', async () => {
    const { body } = await create();
    const r = await patch(body.id, { trajectory: [{ on: '2025-06-01', value: 25 }] }, 1);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'kpi-trajectory-order',
      issues: [{ path: 'body.trajectory.0.on' }],
    });
  });

  it('refuse a new baseline after the stored milestones', async () => {
    const { body } = await create();
    const r = await patch(body.id, { baseline: { on: '2027-06-01', value: 25 } }, 1);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'kpi-trajectory-order',
      issues: [{ path: 'body.baseline.on' }],
    });
  });

  it('clear their indicator when a change sets it to null', async () => {
    const { body } = await create();
    expect((await patch(body.id, { indicator: null }, 1)).body.indicator).toBeNull();
  });

  it('measure an outcome of the benefit map, shown on its node', async () => {
    const outcome = await benefitNodeFixture(server, organisationId, 'outcome', 'Cleaner energy');
    const { body, status } = await create({ benefitNodeId: outcome });
    expect([status, body.benefitNodeId]).toEqual([201, outcome]);
    const map = await office.get<{ nodes: { id: string; kpiIds: string[] }[] }>(
      `/api/v1/organisations/${organisationId}/programme/benefit-map`,
    );
    expect(map.body.nodes.find((n) => n.id === outcome)?.kpiIds).toEqual([body.id]);
  });

  it('refuse a node that is not an outcome', async () => {
    const output = await benefitNodeFixture(server, organisationId, 'output');
    const r = await create({ benefitNodeId: output });
    expect([r.status, r.body.error.code]).toEqual([400, 'kpi-node-not-outcome']);
  });

  it('are removed with their actual values', async () => {
    const { body } = await create();
    await actual(body.id, '2026-07-01', 25);
    expect((await office.delete(`${kpis()}/${body.id}`)).status).toBe(204);
    const rows = await server.database.pool.query('select 1 from kpi_actuals where kpi_id = $1', [
      body.id,
    ]);
    expect(rows.rowCount).toBe(0);
  });

  it('record every change in the audit log', async () => {
    const { body } = await create();
    await actual(body.id, '2026-07-01', 25);
    await actual(body.id, '2026-07-01', 26);
    await office.delete(`${kpis()}/${body.id}/actuals/2026-07-01`);
    await patch(body.id, { owner: 'Audited' }, 1);
    await office.delete(`${kpis()}/${body.id}`);
    const rows = await server.database.pool.query<{
      action: string;
      details: { replaced?: unknown };
    }>(
      'select action, details from audit_log where organisation_id = $1 and target_id = $2 order by id',
      [organisationId, body.id],
    );
    expect(rows.rows.map((r) => r.action)).toEqual([
      'programme.kpi.create',
      'programme.kpi-actual.save',
      'programme.kpi-actual.save',
      'programme.kpi-actual.delete',
      'programme.kpi.update',
      'programme.kpi.delete',
    ]);
    expect(rows.rows[2]?.details.replaced).toEqual({ value: 25, note: '' });
  });

  describe('tenant isolation', () => {
    let theirs: string;
    beforeAll(async () => {
      theirs = await kpiFixture(server, otherId);
    });

    it("refuse another organisation's benefit-map node, naming the field", async () => {
      const node = await benefitNodeFixture(server, otherId, 'outcome', 'Their outcome');
      const r = await create({ benefitNodeId: node });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'kpi-unknown-benefit-node',
        issues: [{ path: 'body.benefitNodeId' }],
      });
    });

    it("refuse another organisation's node in a change too", async () => {
      const { body } = await create();
      const node = await benefitNodeFixture(server, otherId, 'outcome', 'Their other outcome');
      const r = await patch(body.id, { benefitNodeId: node }, 1);
      expect([r.status, r.body.error.code]).toEqual([400, 'kpi-unknown-benefit-node']);
    });

    it("never list another organisation's KPIs", async () => {
      const r = await office.get<KpiList>(kpis());
      expect(r.body.kpis.map((k) => k.id)).not.toContain(theirs);
    });

    it("answer 404 to a value recorded on another organisation's KPI, storing nothing", async () => {
      expect((await actual(theirs, '2026-07-01', 99)).status).toBe(404);
      const rows = await server.database.pool.query('select 1 from kpi_actuals where kpi_id = $1', [
        theirs,
      ]);
      expect(rows.rowCount).toBe(0);
    });

    it("answer 404 to a change or removal of another organisation's KPI", async () => {
      expect((await patch(theirs, { name: 'Taken' }, 1)).status).toBe(404);
      expect((await office.delete(`${kpis()}/${theirs}`)).status).toBe(404);
    });

    it('answer 404 to a member of another organisation', async () => {
      expect((await office.get(kpis(otherId))).status).toBe(404);
    });
  });
});
