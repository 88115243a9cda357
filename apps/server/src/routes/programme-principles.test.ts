import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredStakeholder } from '../test-support/programme-components-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Principle {
  id: string | null;
  packPrincipleId: string | null;
  stance: 'adopted' | 'adapted' | 'added' | null;
  title: string;
  wording: string;
  position: number;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
  agreements: { stakeholderId: string; name: string; typeId: string; agreedOn: string }[];
}
interface Principles {
  principles: Principle[];
  counts: Record<'pack' | 'adopted' | 'adapted' | 'undecided' | 'added', number>;
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string }[]; current?: Principle };
}

describe.each(databaseKinds)('programme principles on %s', (kind) => {
  let server: TestServer;
  let office: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  let organisationId: string;
  let otherId: string;
  const base = (id = organisationId) => `/api/v1/organisations/${id}/programme/principles`;
  const list = async () => (await viewer.get<Principles>(base())).body;
  const find = async (packId: string) =>
    (await list()).principles.find((p) => p.packPrincipleId === packId);
  const addOwn = async (client = office, id = organisationId) =>
    (
      await client.post<Principle>(base(id), {
        title: 'Open by default',
        wording: 'We publish what we can.',
      })
    ).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Principled City')).id;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    outsider = (await signedInAs(server, 'org_admin', otherId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('principles of the standard', () => {
    it('lists every principle of the pack, undecided, before anything is recorded', async () => {
      const body = await list();
      const packIds = (server.ctx.operatingModel.implementation_principles ?? []).map((p) => p.id);
      expect(body.principles.map((p) => p.packPrincipleId)).toEqual(packIds);
      expect(
        body.principles.every((p) => p.stance === null && p.id === null && p.version === 0),
      ).toBe(true);
      expect(body.counts).toEqual({
        pack: packIds.length,
        adopted: 0,
        adapted: 0,
        undecided: packIds.length,
        added: 0,
      });
    });

    it('adopts a principle as written the first time without If-Match (201, ETag 1)', async () => {
      const r = await office.put<Principle>(`${base()}/visionary`, { stance: 'adopted' });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body).toMatchObject({ packPrincipleId: 'visionary', stance: 'adopted', version: 1 });
      expect((await find('visionary'))?.updatedBy).not.toBeNull();
    });

    it('adapts it in the city’s words from the version seen', async () => {
      const r = await office.request<Principle>(
        'PUT',
        `${base()}/visionary`,
        { stance: 'adapted', title: 'A shared vision', wording: 'Our vision is written with all.' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        stance: 'adapted',
        title: 'A shared vision',
        wording: 'Our vision is written with all.',
        version: 2,
      });
    });

    it('refuses a stale version with 412 and the stored principle, changing nothing', async () => {
      const r = await office.request<ErrorBody>(
        'PUT',
        `${base()}/visionary`,
        { stance: 'adopted' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.code).toBe('principle-conflict');
      expect(r.body.error.current).toMatchObject({ stance: 'adapted', version: 2 });
      expect((await find('visionary'))?.stance).toBe('adapted');
    });

    it('refuses to record it again without If-Match once it exists (412)', async () => {
      const r = await office.put<ErrorBody>(`${base()}/visionary`, { stance: 'adopted' });
      expect(r.status).toBe(412);
      expect(r.body.error.current?.version).toBe(2);
    });

    it('refuses an adapted principle without wording, naming the field', async () => {
      const r = await office.put<ErrorBody>(`${base()}/digital`, { stance: 'adapted' });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('principle-wording-required');
      expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.wording']);
      expect((await find('digital'))?.stance).toBeNull();
    });

    it('refuses a wording sent with an adopted principle rather than dropping it', async () => {
      const r = await office.put<ErrorBody>(`${base()}/digital`, {
        stance: 'adopted',
        wording: 'Ours',
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('principle-wording-of-adopted');
    });

    it('refuses a principle the pack does not have, naming the param', async () => {
      const r = await office.put<ErrorBody>(`${base()}/smart-everything`, { stance: 'adopted' });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('unknown-principle');
      expect(r.body.error.issues?.[0]?.path).toBe('params.packPrincipleId');
    });

    it('refuses a malformed If-Match, naming the header', async () => {
      const r = await office.request<ErrorBody>(
        'PUT',
        `${base()}/visionary`,
        { stance: 'adopted' },
        { 'if-match': 'latest' },
      );
      expect(r.status).toBe(400);
      expect(r.body.error.issues?.[0]?.path).toBe('headers.if-match');
    });

    it('makes a principle undecided again when its row is deleted', async () => {
      const adopted = await office.put<Principle>(`${base()}/citizen-centric`, {
        stance: 'adopted',
      });
      const r = await office.delete(`${base()}/${adopted.body.id ?? ''}`);
      expect(r.status).toBe(204);
      expect(await find('citizen-centric')).toMatchObject({ id: null, stance: null, version: 0 });
    });
  });

  describe('principles the city adds', () => {
    it('adds one after the standard’s, counted as added', async () => {
      const r = await office.post<Principle>(base(), {
        title: 'Data by default',
        wording: 'We publish data unless there is a reason not to.',
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ packPrincipleId: null, stance: 'added', version: 1 });
      const body = await list();
      expect(body.principles.at(-1)?.id).toBe(r.body.id);
      expect(body.counts.added).toBeGreaterThanOrEqual(1);
    });

    it('changes its wording from the version seen', async () => {
      const added = await addOwn();
      const r = await office.request<Principle>(
        'PATCH',
        `${base()}/${added.id ?? ''}`,
        { wording: 'We publish by default.', position: 3 },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ wording: 'We publish by default.', position: 3, version: 2 });
      expect(r.headers.get('etag')).toBe('"2"');
    });

    it('refuses a stale change with 412 and the stored principle', async () => {
      const added = await addOwn();
      await office.request(
        'PATCH',
        `${base()}/${added.id ?? ''}`,
        { title: 'New' },
        {
          'if-match': '"1"',
        },
      );
      const r = await office.request<ErrorBody>(
        'PATCH',
        `${base()}/${added.id ?? ''}`,
        { title: 'Mine' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.current).toMatchObject({ title: 'New', version: 2 });
    });

    it('keeps an added principle added', async () => {
      const added = await addOwn();
      const r = await office.request<ErrorBody>(
        'PATCH',
        `${base()}/${added.id ?? ''}`,
        { stance: 'adopted' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('principle-added-stance-fixed');
    });

    it('deletes it, refusing a stale If-Match first', async () => {
      const added = await addOwn();
      const path = `${base()}/${added.id ?? ''}`;
      expect((await office.request('DELETE', path, undefined, { 'if-match': '"7"' })).status).toBe(
        412,
      );
      expect((await office.request('DELETE', path, undefined, { 'if-match': '"1"' })).status).toBe(
        204,
      );
      expect((await office.delete(path)).status).toBe(404);
    });
  });

  describe('agreements', () => {
    it('records which registered stakeholders agreed a principle, with their name and type', async () => {
      const added = await addOwn();
      const mayor = await registeredStakeholder(server, organisationId, 'Mayor’s office');
      const university = await registeredStakeholder(
        server,
        organisationId,
        'University',
        'academia',
      );
      const r = await office.request<Principle>(
        'PUT',
        `${base()}/${added.id ?? ''}/agreements`,
        {
          agreements: [
            { stakeholderId: university, agreedOn: '2026-05-02' },
            { stakeholderId: mayor, agreedOn: '2026-05-01' },
          ],
        },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body.version).toBe(2);
      expect(r.body.agreements).toEqual([
        {
          stakeholderId: mayor,
          name: 'Mayor’s office',
          typeId: 'government',
          agreedOn: '2026-05-01',
        },
        {
          stakeholderId: university,
          name: 'University',
          typeId: 'academia',
          agreedOn: '2026-05-02',
        },
      ]);
    });

    it('refuses a stakeholder of another organisation’s register, naming the item, storing nothing', async () => {
      const added = await addOwn();
      const ours = await registeredStakeholder(server, organisationId);
      const theirs = await registeredStakeholder(server, otherId);
      const r = await office.request<ErrorBody>(
        'PUT',
        `${base()}/${added.id ?? ''}/agreements`,
        {
          agreements: [
            { stakeholderId: ours, agreedOn: '2026-05-01' },
            { stakeholderId: theirs, agreedOn: '2026-05-01' },
          ],
        },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('principle-unknown-stakeholder');
      expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.agreements.1.stakeholderId']);
      const stored = (await list()).principles.find((p) => p.id === added.id);
      expect(stored).toMatchObject({ version: 1, agreements: [] });
    });

    it('removes the agreements with the principle', async () => {
      const added = await addOwn();
      const stakeholder = await registeredStakeholder(server, organisationId);
      await office.request(
        'PUT',
        `${base()}/${added.id ?? ''}/agreements`,
        { agreements: [{ stakeholderId: stakeholder, agreedOn: '2026-05-01' }] },
        { 'if-match': '"1"' },
      );
      await office.delete(`${base()}/${added.id ?? ''}`);
      const rows = await server.database.pool.query(
        'select 1 from principle_agreements where principle_id = $1',
        [added.id],
      );
      expect(rows.rowCount).toBe(0);
    });
  });

  it('records every change in the organisation’s audit log', async () => {
    const rows = await server.database.pool.query<{ action: string }>(
      "select distinct action from audit_log where organisation_id = $1 and action like 'programme.principle%' order by action",
      [organisationId],
    );
    expect(rows.rows.map((r) => r.action)).toEqual([
      'programme.principle-agreements.save',
      'programme.principle.create',
      'programme.principle.delete',
      'programme.principle.save',
      'programme.principle.update',
    ]);
  });

  it('lets a viewer read but not change the principles', async () => {
    expect((await viewer.get(base())).status).toBe(200);
    expect((await viewer.put(`${base()}/digital`, { stance: 'adopted' })).status).toBe(403);
  });

  describe('tenant isolation', () => {
    it('hides the principles from members of another organisation (404)', async () => {
      expect((await outsider.get(base())).status).toBe(404);
    });

    it('never reaches another organisation’s principle through one’s own path (404)', async () => {
      const theirs = await addOwn(outsider, otherId);
      const path = `${base()}/${theirs.id ?? ''}`;
      expect(
        (await office.request('PATCH', path, { title: 'Taken' }, { 'if-match': '"1"' })).status,
      ).toBe(404);
      expect(
        (
          await office.request(
            'PUT',
            `${path}/agreements`,
            { agreements: [] },
            {
              'if-match': '"1"',
            },
          )
        ).status,
      ).toBe(404);
      expect((await office.delete(path)).status).toBe(404);
      const stored = (await outsider.get<Principles>(base(otherId))).body.principles.find(
        (p) => p.id === theirs.id,
      );
      expect(stored).toMatchObject({ title: 'Open by default', version: 1 });
    });

    it('never lists another organisation’s principles', async () => {
      await outsider.put(`${base(otherId)}/open-and-collaborative`, { stance: 'adopted' });
      expect((await find('open-and-collaborative'))?.stance).toBeNull();
    });
  });
});
