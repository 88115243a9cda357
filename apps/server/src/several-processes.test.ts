import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullAnswers } from './test-support/fixtures.js';
import { startServerProcess, type ServerProcess } from './test-support/server-process.js';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  startTestServer,
  testPassword,
  type TestServer,
} from './test-support/test-server.js';

/** The same client (cookie and CSRF token) talking to another server. */
function sameClientOn(client: ApiClient, url: string): ApiClient {
  return Object.assign(Object.create(ApiClient.prototype) as ApiClient, client, { baseUrl: url });
}

describe.each(databaseKinds)('two server processes on one %s database', (kind) => {
  let first: TestServer;
  let second: ServerProcess;
  let organisationId: string;

  beforeAll(async () => {
    first = await startTestServer(kind);
    second = await startServerProcess(first.database.connectionString);
    organisationId = (await createTestOrganisation(first, 'Shared City')).id;
    await createTestUser(first, 'admin@shared.example', { organisationId, role: 'org_admin' });
  });
  afterAll(async () => {
    await second.stop();
    await first.close();
  });

  it('accepts a session and its CSRF token from the other process, and sees its writes', async () => {
    const onFirst = new ApiClient(first.url);
    await onFirst.signIn('admin@shared.example', testPassword);
    const onSecond = sameClientOn(onFirst, second.url);
    const base = `/api/v1/organisations/${organisationId}/assessments`;
    const created = await onSecond.post<{ id: string; respondents: { id: string }[] }>(base, {
      title: 'Across processes',
      date: '2026-11-01',
      respondentName: 'Team',
    });
    expect(created.status).toBe(201);
    const respondent = created.body.respondents[0]?.id ?? '';
    const saved = await onSecond.put(
      `${base}/${created.body.id}/respondents/${respondent}/ratings`,
      { ratings: fullAnswers(first) },
    );
    expect(saved.status).toBe(200);
    const detail = await onFirst.get<{ progress: { answered: number } }>(
      `${base}/${created.body.id}`,
    );
    expect(detail.body.progress.answered).toBe(32);
  });

  it('ends the session everywhere when the person signs out on one process', async () => {
    const onFirst = new ApiClient(first.url);
    await onFirst.signIn('admin@shared.example', testPassword);
    const onSecond = sameClientOn(onFirst, second.url);
    expect((await onSecond.delete('/api/v1/session')).status).toBe(204);
    const after = await onFirst.get<{ authenticated: boolean }>('/api/v1/session');
    expect(after.body.authenticated).toBe(false);
  });

  it('counts failed sign-ins across processes', async () => {
    await createTestUser(first, 'target@shared.example');
    const attempt = (url: string, password: string) =>
      new ApiClient(url).post('/api/v1/session', { email: 'target@shared.example', password });
    for (let i = 0; i < 10; i++) {
      const r = await attempt(i % 2 === 0 ? first.url : second.url, 'guess guess guess');
      expect(r.status).toBe(401);
    }
    expect((await attempt(second.url, testPassword)).status).toBe(429);
    expect((await attempt(first.url, testPassword)).status).toBe(429);
  });
});
