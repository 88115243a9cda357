import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Risk {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  factorIds: string[];
  status: string;
  reviewOn: string | null;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
}
interface Register {
  risks: Risk[];
  summary: {
    byStatus: Record<string, number>;
    byBand: Record<string, number>;
    grid: number[][];
    factors: { factorId: string; riskIds: string[]; highestBand: string | null }[];
    unlinked: string[];
  };
  bandFloors: Record<string, number>;
}
interface ErrorBody {
  error: { code: string; current?: Risk | null; issues?: { path: string }[] };
}

describe.each(databaseKinds)('programme risk register on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  let viewer: ApiClient;
  let otherId: string;
  const path = (org = organisationId) => `/api/v1/organisations/${org}/programme/risks`;
  const create = async (body: Record<string, unknown>) =>
    (await admin.post<Risk>(path(), body)).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Risk City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('records a risk with its score, band and defaults', async () => {
    const r = await admin.post<Risk>(path(), {
      title: 'Vendor lock-in',
      likelihood: 4,
      impact: 5,
      factorIds: ['ksf-6', 'ksf-6'],
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.body).toMatchObject({
      title: 'Vendor lock-in',
      score: 20,
      band: 'critical',
      factorIds: ['ksf-6'],
      status: 'open',
      reviewOn: null,
      version: 1,
    });
  });

  it('gives the heat grid, the bands and the risks of each factor', async () => {
    const skills = await create({
      title: 'Skills gap',
      likelihood: 3,
      impact: 3,
      factorIds: ['ksf-5'],
    });
    await create({
      title: 'Old risk',
      likelihood: 5,
      impact: 5,
      factorIds: ['ksf-5'],
      status: 'closed',
    });
    const r = await viewer.get<Register>(path());
    expect(r.status).toBe(200);
    expect(r.body.summary.grid[2]?.[2]).toBe(1);
    expect(r.body.summary.grid[4]?.[4]).toBe(0);
    expect(r.body.summary.byStatus.closed).toBe(1);
    expect(r.body.summary.factors.find((f) => f.factorId === 'ksf-5')).toMatchObject({
      riskIds: [skills.id],
      highestBand: 'medium',
    });
    expect(r.body.bandFloors).toEqual({ low: 1, medium: 5, high: 10, critical: 20 });
  });

  it('lists active risks linked to no factor', async () => {
    const loose = await create({ title: 'Unlinked', likelihood: 1, impact: 1 });
    const r = await viewer.get<Register>(path());
    expect(r.body.summary.unlinked).toContain(loose.id);
  });

  it('changes only the fields sent, with If-Match, and rescores', async () => {
    const risk = await create({ title: 'Data breach', likelihood: 2, impact: 5, owner: 'CIO' });
    const r = await admin.request<Risk>(
      'PATCH',
      `${path()}/${risk.id}`,
      { likelihood: 1, status: 'mitigating', reviewOn: '2026-09-30' },
      { 'if-match': '"1"' },
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toBe('"2"');
    expect(r.body).toMatchObject({
      title: 'Data breach',
      score: 5,
      band: 'medium',
      status: 'mitigating',
      reviewOn: '2026-09-30',
      version: 2,
    });
  });

  it('refuses a change from a stale version with 412 and the stored risk', async () => {
    const risk = await create({ title: 'Delay', likelihood: 3, impact: 2 });
    await admin.request('PATCH', `${path()}/${risk.id}`, { impact: 3 }, { 'if-match': '"1"' });
    const r = await admin.request<ErrorBody>(
      'PATCH',
      `${path()}/${risk.id}`,
      { impact: 1 },
      { 'if-match': '"1"' },
    );
    expect(r.status).toBe(412);
    expect(r.body.error.code).toBe('programme-risk-conflict');
    expect(r.body.error.current).toMatchObject({ impact: 3, score: 9, version: 2 });
  });

  it('names who changed a risk last, in the change, the register and a conflict', async () => {
    const risk = await create({ title: 'Supplier failure', likelihood: 2, impact: 4 });
    const office = await signedInAs(server, 'programme_office', organisationId);
    const expected = { id: office.user.id, displayName: office.user.displayName };
    const r = await office.client.request<Risk>(
      'PATCH',
      `${path()}/${risk.id}`,
      { impact: 5 },
      { 'if-match': '"1"' },
    );
    expect(r.body.updatedBy).toEqual(expected);
    const listed = await viewer.get<Register>(path());
    expect(listed.body.risks.find((x) => x.id === risk.id)?.updatedBy).toEqual(expected);
    const stale = await admin.request<ErrorBody>(
      'PATCH',
      `${path()}/${risk.id}`,
      { impact: 1 },
      { 'if-match': '"1"' },
    );
    expect(stale.body.error.current?.updatedBy).toEqual(expected);
  });

  it('refuses a key success factor the pack does not have, naming the field', async () => {
    const r = await admin.post<ErrorBody>(path(), {
      title: 'Unknown',
      likelihood: 1,
      impact: 1,
      factorIds: ['ksf-1', 'ksf-42'],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.[0]?.path).toBe('body.factorIds.1');
  });

  it('deletes a risk and records every change in the audit log', async () => {
    const risk = await create({ title: 'Temporary', likelihood: 2, impact: 2 });
    await admin.request('PATCH', `${path()}/${risk.id}`, { impact: 3 }, { 'if-match': '"1"' });
    expect((await admin.delete(`${path()}/${risk.id}`)).status).toBe(204);
    expect((await viewer.get<Register>(path())).body.risks.some((r) => r.id === risk.id)).toBe(
      false,
    );
    const audit = await server.database.pool.query<{ action: string }>(
      'select action from audit_log where target_id = $1 order by id',
      [risk.id],
    );
    expect(audit.rows.map((a) => a.action)).toEqual([
      'programme.risk.create',
      'programme.risk.update',
      'programme.risk.delete',
    ]);
  });

  it('refuses changes by a viewer (403) and leaves the risk as it was', async () => {
    const risk = await create({ title: 'Protected', likelihood: 2, impact: 2 });
    const r = await viewer.request(
      'PATCH',
      `${path()}/${risk.id}`,
      { impact: 5 },
      { 'if-match': '"1"' },
    );
    expect(r.status).toBe(403);
    const stored = (await viewer.get<Register>(path())).body.risks.find((x) => x.id === risk.id);
    expect(stored?.impact).toBe(2);
  });

  it("never shows or touches another organisation's risk (404)", async () => {
    const theirs = await riskFixture(server, otherId);
    const patch = await admin.request(
      'PATCH',
      `${path()}/${theirs.id}`,
      { title: 'Hijacked' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(404);
    expect((await admin.delete(`${path()}/${theirs.id}`)).status).toBe(404);
    expect((await admin.get<Register>(path())).body.risks.some((r) => r.id === theirs.id)).toBe(
      false,
    );
    const stored = await server.database.pool.query<{ title: string }>(
      'select title from risks where id = $1',
      [theirs.id],
    );
    expect(stored.rows[0]?.title).toBe('Funding cut');
    expect((await admin.get(path(otherId))).status).toBe(404);
  });
});
