import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Product {
  status: string;
  documentUrl: string | null;
  notes: string;
  version: number;
  componentCodes: string[];
}
interface StandardProduct extends Product {
  key: string;
  index: number;
}
interface OwnProduct extends Product {
  id: string;
  areaId: string;
  dimensionId: string;
  name: string;
}
interface Cell {
  areaId: string;
  dimensionId: string;
  standard: StandardProduct[];
  own: OwnProduct[];
  counts: Record<string, number>;
  score: number | null;
}
interface Matrix {
  areaIds: string[];
  dimensionIds: string[];
  cells: Cell[];
  summary: { counts: Record<string, number>; score: number | null };
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[]; current?: Product | null };
}

describe.each(databaseKinds)('programme interoperability matrix on %s', (kind) => {
  let server: TestServer;
  let office: ApiClient;
  let outsider: ApiClient;
  let organisationId: string;
  let otherId: string;
  const matrixPath = (id = organisationId) =>
    `/api/v1/organisations/${id}/programme/interoperability`;
  const standard = (area: string, dimension: string, index: number | string) =>
    `${matrixPath()}/standard/${area}/${dimension}/${String(index)}`;
  const matrix = async (client = office, id = organisationId) =>
    (await client.get<Matrix>(matrixPath(id))).body;
  const cell = (m: Matrix, area: string, dimension: string) =>
    m.cells.find((c) => c.areaId === area && c.dimensionId === dimension);
  const addOwn = async (body: Record<string, unknown> = {}, client = office, id = organisationId) =>
    client.post<OwnProduct>(`${matrixPath(id)}/own`, {
      areaId: 'strategic-management',
      dimensionId: 'technical',
      name: 'City data platform',
      componentCodes: ['B13', 'B14'],
      status: 'drafting',
      ...body,
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Interoperable City')).id;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    outsider = (await signedInAs(server, 'org_admin', otherId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the matrix', () => {
    it('has the 3 areas × 5 dimensions of figure 5, every cell listed', async () => {
      const m = await matrix();
      expect(m.areaIds).toEqual([
        'strategic-management',
        'citizen-centric-service-management',
        'digital-and-physical-resource-management',
      ]);
      expect(m.dimensionIds).toEqual([
        'political',
        'legal',
        'organisational',
        'semantic',
        'technical',
      ]);
      expect(m.cells).toHaveLength(15);
    });

    it('lists the standard’s products with their tags, status none until recorded', async () => {
      const political = cell(await matrix(), 'strategic-management', 'political');
      expect(
        political?.standard.map((p) => [p.key, p.componentCodes, p.status, p.version]),
      ).toEqual([
        ['strategic-management/political/1', ['A'], 'none', 0],
        ['strategic-management/political/2', ['B1'], 'none', 0],
        ['strategic-management/political/3', ['B2'], 'none', 0],
        ['strategic-management/political/4', ['C'], 'none', 0],
        ['strategic-management/political/5', ['B7'], 'none', 0],
      ]);
      expect(political?.score).toBe(0);
    });

    it('leaves the cell the standard leaves empty without a score', async () => {
      const technical = cell(await matrix(), 'strategic-management', 'technical');
      expect(technical?.standard).toEqual([]);
      expect(technical?.score).toBeNull();
    });
  });

  describe('products of the standard', () => {
    it('records a product’s status the first time without If-Match (201) and scores its cell', async () => {
      const r = await office.put<StandardProduct>(standard('strategic-management', 'legal', 1), {
        status: 'reviewed',
        documentUrl: 'https://city.example/data-sharing-act.pdf',
        notes: 'Reviewed by the legal office',
      });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body).toMatchObject({
        key: 'strategic-management/legal/1',
        status: 'reviewed',
        componentCodes: ['B5'],
        version: 1,
      });
      const legal = cell(await matrix(), 'strategic-management', 'legal');
      expect(legal?.score).toBe(3);
      expect(legal?.counts).toEqual({ none: 0, drafting: 0, adopted: 0, reviewed: 1 });
    });

    it('changes it from the version seen', async () => {
      const r = await office.request<StandardProduct>(
        'PUT',
        standard('strategic-management', 'legal', 1),
        { status: 'adopted' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'adopted', documentUrl: null, notes: '', version: 2 });
    });

    it('refuses a stale version with 412 and the stored product', async () => {
      const r = await office.request<ErrorBody>(
        'PUT',
        standard('strategic-management', 'legal', 1),
        { status: 'none' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.code).toBe('policy-product-conflict');
      expect(r.body.error.current).toMatchObject({ status: 'adopted', version: 2 });
    });

    it.each([
      [
        'a product the cell does not have',
        'strategic-management',
        'political',
        6,
        'params.index',
        'unknown-policy-product',
      ],
      [
        'a product of the empty cell',
        'strategic-management',
        'technical',
        1,
        'params.index',
        'unknown-policy-product',
      ],
      [
        'an area the matrix does not have',
        'transport',
        'political',
        1,
        'params.areaId',
        'unknown-interoperability-area',
      ],
      [
        'a dimension the matrix does not have',
        'strategic-management',
        'cultural',
        1,
        'params.dimensionId',
        'unknown-interoperability-dimension',
      ],
    ])('refuses %s, naming the param', async (_, area, dimension, index, field, code) => {
      const r = await office.put<ErrorBody>(standard(area, dimension, index), {
        status: 'adopted',
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.issues?.[0]?.path).toBe(field);
    });
  });

  describe('the city’s own products', () => {
    it('adds one to a cell, which then has a score', async () => {
      const r = await addOwn();
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        areaId: 'strategic-management',
        dimensionId: 'technical',
        name: 'City data platform',
        componentCodes: ['B13', 'B14'],
        status: 'drafting',
        version: 1,
      });
      const technical = cell(await matrix(), 'strategic-management', 'technical');
      expect(technical?.own.map((p) => p.id)).toContain(r.body.id);
      expect(technical?.score).toBe(1);
    });

    it('refuses an area, dimension or component code the pack does not have, naming the field', async () => {
      const area = await addOwn({ areaId: 'transport' });
      expect([area.status, (area.body as unknown as ErrorBody).error.issues?.[0]?.path]).toEqual([
        400,
        'body.areaId',
      ]);
      const dimension = await addOwn({ dimensionId: 'cultural' });
      expect((dimension.body as unknown as ErrorBody).error.issues?.[0]?.path).toBe(
        'body.dimensionId',
      );
      const codes = await addOwn({ componentCodes: ['B1', 'B99'] });
      expect((codes.body as unknown as ErrorBody).error).toMatchObject({
        code: 'policy-product-unknown-component',
        issues: [{ path: 'body.componentCodes.1' }],
      });
    });

    it('accepts a part code such as C, as the standard’s tags do', async () => {
      expect((await addOwn({ componentCodes: ['C'] })).status).toBe(201);
    });

    it('moves one to another cell from the version seen', async () => {
      const added = (await addOwn()).body;
      const r = await office.request<OwnProduct>(
        'PATCH',
        `${matrixPath()}/own/${added.id}`,
        { dimensionId: 'semantic', status: 'adopted' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ dimensionId: 'semantic', status: 'adopted', version: 2 });
      expect(r.body.name).toBe('City data platform');
      const semantic = cell(await matrix(), 'strategic-management', 'semantic');
      expect(semantic?.own.map((p) => p.id)).toEqual([added.id]);
    });

    it('refuses a stale change with 412 and the stored product', async () => {
      const added = (await addOwn()).body;
      const path = `${matrixPath()}/own/${added.id}`;
      await office.request('PATCH', path, { status: 'adopted' }, { 'if-match': '"1"' });
      const r = await office.request<ErrorBody>(
        'PATCH',
        path,
        { notes: 'x' },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.current).toMatchObject({ status: 'adopted', version: 2 });
    });

    it('never treats a record of a standard product as the city’s own (404)', async () => {
      const rows = await server.database.pool.query<{ id: string }>(
        'select id from policy_products where organisation_id = $1 and pack_product_key is not null',
        [organisationId],
      );
      const id = rows.rows[0]?.id ?? '';
      expect(
        (
          await office.request(
            'PATCH',
            `${matrixPath()}/own/${id}`,
            { name: 'Mine' },
            { 'if-match': '"2"' },
          )
        ).status,
      ).toBe(404);
      expect((await office.delete(`${matrixPath()}/own/${id}`)).status).toBe(404);
    });

    it('deletes one, refusing a stale If-Match first', async () => {
      const added = (await addOwn()).body;
      const path = `${matrixPath()}/own/${added.id}`;
      expect((await office.request('DELETE', path, undefined, { 'if-match': '"5"' })).status).toBe(
        412,
      );
      expect((await office.delete(path)).status).toBe(204);
      expect((await office.delete(path)).status).toBe(404);
      const all = (await matrix()).cells.flatMap((c) => c.own.map((p) => p.id));
      expect(all).not.toContain(added.id);
    });
  });

  it('records every change in the organisation’s audit log', async () => {
    const rows = await server.database.pool.query<{ action: string }>(
      "select distinct action from audit_log where organisation_id = $1 and action like 'programme.policy-product.%' order by action",
      [organisationId],
    );
    expect(rows.rows.map((r) => r.action)).toEqual([
      'programme.policy-product.create',
      'programme.policy-product.delete',
      'programme.policy-product.save',
      'programme.policy-product.update',
    ]);
  });

  describe('tenant isolation', () => {
    it('hides the matrix from members of another organisation (404)', async () => {
      expect((await outsider.get(matrixPath())).status).toBe(404);
    });

    it('never reaches another organisation’s product through one’s own path (404)', async () => {
      const theirs = (await addOwn({ name: 'Their platform' }, outsider, otherId)).body;
      const path = `${matrixPath()}/own/${theirs.id}`;
      expect(
        (await office.request('PATCH', path, { name: 'Taken' }, { 'if-match': '"1"' })).status,
      ).toBe(404);
      expect((await office.delete(path)).status).toBe(404);
      const stored = (await matrix(outsider, otherId)).cells.flatMap((c) => c.own);
      expect(stored.find((p) => p.id === theirs.id)).toMatchObject({
        name: 'Their platform',
        version: 1,
      });
    });

    it('never shows another organisation’s products or statuses', async () => {
      await outsider.put(
        `${matrixPath(otherId)}/standard/digital-and-physical-resource-management/technical/1`,
        { status: 'reviewed' },
      );
      const ours = await matrix();
      const technical = cell(ours, 'digital-and-physical-resource-management', 'technical');
      expect(technical?.standard[0]?.status).toBe('none');
      expect(ours.cells.flatMap((c) => c.own).map((p) => p.name)).not.toContain('Their platform');
    });
  });
});
