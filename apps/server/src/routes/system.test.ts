import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../test-support/test-server.js';

describe.each(databaseKinds)('system routes on %s', (kind) => {
  let server: TestServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    client = new ApiClient(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports health and the kind of database', async () => {
    const r = await client.get('/api/v1/health');
    expect(r).toMatchObject({ status: 200, body: { status: 'ok', database: 'postgresql' } });
  });

  it('serves both model packs openly', async () => {
    const mmssc = await client.get<{ meta: { id: string }; dimensions: unknown[] }>(
      '/api/v1/models/mmssc',
    );
    const scom = await client.get<{ meta: { id: string } }>('/api/v1/models/scom');
    expect([
      mmssc.status,
      mmssc.body.meta.id,
      mmssc.body.dimensions.length,
      scom.body.meta.id,
    ]).toEqual([200, 'mmssc', 4, 'scom']);
  });

  it('refuses an unknown pack with a localized 400 naming the parameter', async () => {
    const zh = new ApiClient(server.url, 'zh');
    const r = await zh.get<{ error: { code: string; message: string } }>('/api/v1/models/other');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation');
    expect(r.body.error.message).toMatch(/params\.packId/);
  });

  it('publishes the OpenAPI 3.1 document with every API route', async () => {
    const r = await client.get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/session',
        '/api/v1/organisations/{organisationId}/assessments',
        '/api/v1/organisations/{organisationId}/assessments/{assessmentId}/results',
        '/api/v1/organisations/{organisationId}/assessments/{assessmentId}/respondents/{respondentId}/ratings',
      ]),
    );
  });

  it('serves a readable API reference page', async () => {
    const r = await client.get<string>('/api/docs');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
  });

  it('sends security headers', async () => {
    const r = await client.get('/api/v1/health');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown API paths with a JSON 404 in the requested language', async () => {
    const r = await new ApiClient(server.url, 'zh').get<{ error: { message: string } }>(
      '/api/v1/nothing',
    );
    expect(r).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', message: '未找到' } },
    });
  });
});
