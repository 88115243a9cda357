import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stakeholderFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Stakeholder {
  id: string;
  name: string;
  typeId: string;
  influence: number;
  interest: number;
  engagementLevel: string;
  strategy: string;
  underEngaged: boolean;
  principleAgreements: number;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
}
interface Register {
  stakeholders: Stakeholder[];
  summary: {
    total: number;
    byType: { typeId: string; count: number }[];
    grid: { influence: number; interest: number; strategy: string; stakeholderIds: string[] }[];
    underEngaged: string[];
  };
}
interface ErrorBody {
  error: { code: string; current?: Stakeholder | null; issues?: { path: string }[] };
}

describe.each(databaseKinds)('programme stakeholder register on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let office: ApiClient;
  let officeUser: { id: string; displayName: string };
  let viewer: ApiClient;
  let otherId: string;
  let otherOffice: ApiClient;
  const path = (org = organisationId) => `/api/v1/organisations/${org}/programme/stakeholders`;
  const create = async (body: Record<string, unknown>) =>
    (await office.post<Stakeholder>(path(), body)).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Register City')).id;
    ({ client: office, user: officeUser } = await signedInAs(
      server,
      'programme_office',
      organisationId,
    ));
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    otherOffice = (await signedInAs(server, 'programme_office', otherId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  it('registers a stakeholder with its defaults, strategy and version', async () => {
    const r = await office.post<Stakeholder>(path(), {
      name: '  Chamber of commerce ',
      typeId: 'investors',
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.body).toMatchObject({
      name: 'Chamber of commerce',
      typeId: 'investors',
      influence: 2,
      interest: 2,
      engagementLevel: 'consult',
      strategy: 'keep-informed',
      underEngaged: false,
      principleAgreements: 0,
      version: 1,
    });
  });

  it('lists the register with counts per type and the influence × interest grid', async () => {
    const mayor = await create({
      name: 'Mayor',
      typeId: 'promoters',
      influence: 3,
      interest: 3,
      engagementLevel: 'inform',
    });
    const r = await viewer.get<Register>(path());
    expect(r.status).toBe(200);
    expect(r.body.stakeholders.map((s) => s.name)).toContain('Mayor');
    expect(r.body.summary.byType.find((t) => t.typeId === 'promoters')?.count).toBeGreaterThan(0);
    expect(r.body.summary.byType.map((t) => t.typeId)).toEqual([
      'promoters',
      'investors',
      'implementers',
      'consumers',
      'external',
    ]);
    const cell = r.body.summary.grid.find((c) => c.influence === 3 && c.interest === 3);
    expect(cell?.strategy).toBe('manage-closely');
    expect(cell?.stakeholderIds).toContain(mayor.id);
    expect(r.body.summary.underEngaged).toContain(mayor.id);
    expect(r.body.summary.total).toBe(r.body.stakeholders.length);
  });

  it('changes only the fields sent, with If-Match, and gives the next version', async () => {
    const s = await create({ name: 'Bus operator', typeId: 'implementers', contact: 'ops@bus' });
    const r = await office.request<Stakeholder>(
      'PATCH',
      `${path()}/${s.id}`,
      { influence: 3, interest: 3, engagementLevel: 'collaborate' },
      { 'if-match': '"1"' },
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toBe('"2"');
    expect(r.body).toMatchObject({
      name: 'Bus operator',
      influence: 3,
      strategy: 'manage-closely',
      underEngaged: false,
      version: 2,
    });
  });

  it('names who changed a stakeholder last, in the change and in the register', async () => {
    const s = await create({ name: 'Water utility', typeId: 'implementers' });
    expect(s.updatedBy).toEqual({ id: officeUser.id, displayName: officeUser.displayName });
    const admin = await signedInAs(server, 'org_admin', organisationId);
    const r = await admin.client.request<Stakeholder>(
      'PATCH',
      `${path()}/${s.id}`,
      { interest: 3 },
      { 'if-match': '"1"' },
    );
    const expected = { id: admin.user.id, displayName: admin.user.displayName };
    expect(r.body.updatedBy).toEqual(expected);
    const listed = await viewer.get<Register>(path());
    expect(listed.body.stakeholders.find((x) => x.id === s.id)?.updatedBy).toEqual(expected);
  });

  it('refuses a change from a stale version with 412 and the stored stakeholder, writing nothing', async () => {
    const s = await create({ name: 'University', typeId: 'implementers' });
    await office.request('PATCH', `${path()}/${s.id}`, { interest: 3 }, { 'if-match': '"1"' });
    const r = await office.request<ErrorBody>(
      'PATCH',
      `${path()}/${s.id}`,
      { name: 'Overwritten' },
      { 'if-match': '"1"' },
    );
    expect(r.status).toBe(412);
    expect(r.body.error.code).toBe('programme-stakeholder-conflict');
    expect(r.body.error.current).toMatchObject({ name: 'University', interest: 3, version: 2 });
  });

  it('refuses a stakeholder type the pack does not have, naming the field', async () => {
    const r = await office.post<ErrorBody>(path(), { name: 'Lobby', typeId: 'lobbyists' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.[0]?.path).toBe('body.typeId');
  });

  it("removes a stakeholder with its agreements to the city's principles", async () => {
    const s = await stakeholderFixture(server, organisationId, { name: 'Residents forum' });
    const principle = await server.database.pool.query<{ id: string }>(
      `insert into city_principles (organisation_id, stance, title) values ($1, 'added', 'Open data first') returning id`,
      [organisationId],
    );
    await server.database.pool.query(
      `insert into principle_agreements (organisation_id, principle_id, stakeholder_id, agreed_on) values ($1, $2, $3, '2026-01-10')`,
      [organisationId, principle.rows[0]?.id, s.id],
    );
    const listed = await office.get<Register>(path());
    expect(listed.body.stakeholders.find((x) => x.id === s.id)?.principleAgreements).toBe(1);
    const r = await office.delete(`${path()}/${s.id}`);
    expect(r.status).toBe(204);
    const left = await server.database.pool.query(
      'select 1 from principle_agreements where stakeholder_id = $1',
      [s.id],
    );
    expect(left.rowCount).toBe(0);
    const audit = await server.database.pool.query<{
      details: { removedPrincipleAgreements: number };
    }>(
      `select details from audit_log where action = 'programme.stakeholder.delete' and target_id = $1`,
      [s.id],
    );
    expect(audit.rows[0]?.details.removedPrincipleAgreements).toBe(1);
  });

  it('refuses a removal from a stale version with 412', async () => {
    const s = await create({ name: 'Media', typeId: 'external' });
    await office.request('PATCH', `${path()}/${s.id}`, { interest: 1 }, { 'if-match': '"1"' });
    const r = await office.request<ErrorBody>('DELETE', `${path()}/${s.id}`, undefined, {
      'if-match': '"1"',
    });
    expect(r.status).toBe(412);
    expect((await office.get<Register>(path())).body.stakeholders.some((x) => x.id === s.id)).toBe(
      true,
    );
  });

  it('records every change in the audit log', async () => {
    const s = await create({ name: 'Audited', typeId: 'consumers' });
    await office.request('PATCH', `${path()}/${s.id}`, { interest: 1 }, { 'if-match': '"1"' });
    await office.delete(`${path()}/${s.id}`);
    const rows = await server.database.pool.query<{ action: string }>(
      'select action from audit_log where target_id = $1 order by id',
      [s.id],
    );
    expect(rows.rows.map((r) => r.action)).toEqual([
      'programme.stakeholder.create',
      'programme.stakeholder.update',
      'programme.stakeholder.delete',
    ]);
  });

  it("never shows or touches another organisation's stakeholder (404)", async () => {
    const theirs = await stakeholderFixture(server, otherId, { name: 'Their mayor' });
    const patch = await office.request(
      'PATCH',
      `${path()}/${theirs.id}`,
      { name: 'Hijacked' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(404);
    expect((await office.delete(`${path()}/${theirs.id}`)).status).toBe(404);
    const own = await office.get<Register>(path());
    expect(own.body.stakeholders.some((s) => s.id === theirs.id)).toBe(false);
    const theirsNow = await otherOffice.get<Register>(path(otherId));
    expect(theirsNow.body.stakeholders.find((s) => s.id === theirs.id)?.name).toBe('Their mayor');
    expect((await office.get(path(otherId))).status).toBe(404);
  });
});
