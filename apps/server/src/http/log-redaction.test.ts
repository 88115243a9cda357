import { databaseKinds } from '@citymaturity/db/test-support';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import {
  createInvitingAssessmentFixture,
  respondPath,
} from '../test-support/stakeholder-fixtures.js';
import {
  createTestOrganisation,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';
import { redactInvitationTokens } from './log-redaction.js';

describe('redactInvitationTokens', () => {
  it('hides the token of the web page’s and the API’s links', () => {
    expect(redactInvitationTokens('/respond/abc_DEF-123?lang=zh')).toBe(
      '/respond/[redacted]?lang=zh',
    );
    expect(redactInvitationTokens('Route PUT:/api/v1/respond/abc/ratings/1.1.1 not found')).toBe(
      'Route PUT:/api/v1/respond/[redacted]/ratings/1.1.1 not found',
    );
  });

  it('leaves other paths alone', () => {
    expect(redactInvitationTokens('/api/v1/organisations/x/assessments')).toBe(
      '/api/v1/organisations/x/assessments',
    );
  });
});

describe.each(databaseKinds)('the request log on %s', (kind) => {
  let server: TestServer;
  let app: FastifyInstance;
  let url: string;
  const lines: string[] = [];
  let token: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const organisationId = (await createTestOrganisation(server, 'Logged City')).id;
    token =
      (await createInvitingAssessmentFixture(server, organisationId)).invitations[0]?.token ?? '';
    // A second server on the same database, logging every request as LOG_LEVEL=info does.
    app = await buildApp(server.ctx, {
      logger: { level: 'info', stream: { write: (line) => lines.push(line) } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('no address');
    url = `http://127.0.0.1:${String(address.port)}`;
  });
  afterAll(async () => {
    await app.close();
    await server.close();
  });

  it('never writes an invitation link’s token', async () => {
    const calls = [
      fetch(`${url}${respondPath(token)}`),
      fetch(`${url}${respondPath(token)}/ratings/1.1.1`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ current: 9, target: 1 }),
      }),
      fetch(`${url}${respondPath(token)}/no-such-endpoint`, { method: 'POST' }),
      fetch(`${url}/respond/${token}`),
    ];
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses).toEqual([200, 400, 404, 200]);
    const log = lines.join('');
    expect(log).toContain('/api/v1/respond/[redacted]');
    expect(log).toContain('/api/v1/respond/[redacted]/no-such-endpoint');
    expect(log).toContain('"url":"/respond/[redacted]"');
    expect(log).not.toContain(token);
  });
});
