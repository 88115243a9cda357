import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, tokenHash } from '../auth/tokens.js';
import {
  ApiClient,
  createTestUser,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe.each(databaseKinds)('sessions and accounts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await createTestUser(server, 'alice@test.example');
  });
  afterAll(async () => {
    await server.close();
  });

  it('says nobody is signed in, and that setup is needed while there is no platform administrator', async () => {
    expect((await new ApiClient(server.url).get('/api/v1/session')).body).toEqual({
      authenticated: false,
      setupNeeded: true,
      limits: { maxUploadMegabytes: 20 },
    });
  });

  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const client = new ApiClient(server.url);
    const r = await client.post<{
      authenticated: boolean;
      user: { email: string };
      csrfToken: string;
    }>('/api/v1/session', { email: 'ALICE@test.example', password: testPassword });
    expect([r.status, r.body.authenticated, r.body.user.email]).toEqual([
      200,
      true,
      'alice@test.example',
    ]);
    expect(r.body.csrfToken.length).toBeGreaterThan(20);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/cm_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('keeps the session: the next request is signed in', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('alice@test.example', testPassword);
    expect(
      (await client.get<{ authenticated: boolean }>('/api/v1/session')).body.authenticated,
    ).toBe(true);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const client = new ApiClient(server.url, 'zh');
    const wrong = await client.post<ErrorBody>('/api/v1/session', {
      email: 'alice@test.example',
      password: 'not it at all',
    });
    const unknown = await client.post<ErrorBody>('/api/v1/session', {
      email: 'nobody@test.example',
      password: 'not it at all',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe('邮箱或密码不正确');
    expect(unknown.body.error).toEqual(wrong.body.error);
  });

  it('names the field of a malformed sign-in, in the requested language', async () => {
    const r = await new ApiClient(server.url, 'en').post<ErrorBody>('/api/v1/session', {
      email: 'not an email',
      password: 'x',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.email']);
  });

  it('limits failed sign-ins per account (shared by all server processes, in the database)', async () => {
    await createTestUser(server, 'target@test.example');
    const client = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await client.post('/api/v1/session', {
            email: 'target@test.example',
            password: 'guess guess guess',
          })
        ).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await client.post('/api/v1/session', {
      email: 'target@test.example',
      password: testPassword,
    });
    expect(limited.status).toBe(429);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('alice@test.example', testPassword);
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const r = await client.patch<ErrorBody>('/api/v1/account', { displayName: 'Mallory' });
    expect([r.status, r.body.error.code]).toEqual([403, 'csrf-failed']);
    client.csrfToken = token;
    expect((await client.patch('/api/v1/account', { displayName: 'Alice' })).status).toBe(200);
  });

  it('refuses a state-changing request from another origin', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('alice@test.example', testPassword);
    const r = await client.request(
      'PATCH',
      '/api/v1/account',
      { displayName: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(r.status).toBe(403);
  });

  it('signs out: the session no longer works', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('alice@test.example', testPassword);
    const cookieBefore = (client as unknown as { cookie: string }).cookie;
    expect((await client.delete('/api/v1/session')).status).toBe(204);
    const replay = await fetch(`${server.url}/api/v1/session`, {
      headers: { cookie: cookieBefore },
    });
    expect(((await replay.json()) as { authenticated: boolean }).authenticated).toBe(false);
  });

  it('changes the password after checking the current one, and ends the other sessions', async () => {
    await createTestUser(server, 'bob@test.example');
    const first = new ApiClient(server.url);
    const second = new ApiClient(server.url);
    await first.signIn('bob@test.example', testPassword);
    await second.signIn('bob@test.example', testPassword);
    expect(
      (
        await first.post('/api/v1/account/password', {
          currentPassword: 'wrong one!',
          newPassword: 'a new long password',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await first.post('/api/v1/account/password', {
          currentPassword: testPassword,
          newPassword: 'a new long password',
        })
      ).status,
    ).toBe(204);
    expect(
      (await first.get<{ authenticated: boolean }>('/api/v1/session')).body.authenticated,
    ).toBe(true);
    expect(
      (await second.get<{ authenticated: boolean }>('/api/v1/session')).body.authenticated,
    ).toBe(false);
    await new ApiClient(server.url).signIn('bob@test.example', 'a new long password');
  });

  it('creates the first platform administrator with a one-time setup token', async () => {
    const token = newToken();
    await repositories.createSetupToken(
      server.database.db,
      tokenHash(token),
      new Date(Date.now() + 60_000),
    );
    const client = new ApiClient(server.url);
    const body = {
      token,
      email: 'root@test.example',
      password: 'a long admin password',
      displayName: 'Root',
    };
    expect((await client.post('/api/v1/setup', body)).status).toBe(201);
    expect(
      (await client.post('/api/v1/setup', { ...body, email: 'again@test.example' })).status,
    ).toBe(400);
    await client.signIn('root@test.example', 'a long admin password');
    expect(
      (await client.get<{ user: { isPlatformAdmin: boolean } }>('/api/v1/session')).body.user
        .isPlatformAdmin,
    ).toBe(true);
  });

  it('records sign-ins, failures and sign-outs in the audit log', async () => {
    const rows = await server.database.pool.query<{ action: string; outcome: string }>(
      "select action, outcome from audit_log where action like 'session.%'",
    );
    const kinds = new Set(rows.rows.map((r) => `${r.action}:${r.outcome}`));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'session.create:failure',
        'session.create:success',
        'session.delete:success',
      ]),
    );
  });
});
