import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests, type Ids } from '../test-support/validation/index.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  signedInAs,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe.each(databaseKinds)('bad input on every endpoint on %s', (kind) => {
  let server: TestServer;
  let ids: Ids;
  const clients: Record<'zh' | 'en', ApiClient | undefined> = { zh: undefined, en: undefined };

  /** Every stored row, to show that a refused request changed nothing. */
  const snapshot = async () => {
    const tables = [
      'organisations',
      'users',
      'memberships',
      'assessments',
      'respondents',
      'ratings',
      'evidence',
      'setup_tokens',
      'stakeholder_groups',
      'invitations',
      'consensus_items',
      'evidence_files',
      'assessment_snapshots',
      'assessment_grants',
      'audits',
      'audit_findings',
    ];
    const parts = await Promise.all(
      tables.map(async (t) =>
        JSON.stringify((await server.database.pool.query(`select * from ${t} order by 1`)).rows),
      ),
    );
    return parts.join('\n');
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const org = await createTestOrganisation(server, 'Strict City');
    const fixture = await createAssessmentFixture(server, org.id);
    const member = await createTestUser(server, 'member@test.example', {
      organisationId: org.id,
      role: 'viewer',
    });
    ids = {
      org: org.id,
      assessment: fixture.assessmentId,
      respondent: fixture.respondentId,
      user: member.id,
    };
    for (const lang of ['zh', 'en'] as const) {
      const { user } = await signedInAs(server, 'org_admin', org.id, lang);
      const client = new ApiClient(server.url, lang);
      await client.signIn(user.email, testPassword);
      clients[lang] = client;
    }
    await createTestUser(server, 'root@test.example', undefined, { platformAdmin: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(badRequests.map((r) => [r.name, r] as const))(
    '%s → 400 naming the field, in both languages, nothing changed',
    async (_, request) => {
      // Platform-level endpoints are tried by a platform administrator.
      const before = await snapshot();
      for (const lang of ['zh', 'en'] as const) {
        let client = clients[lang];
        if (request.platformLevel) {
          client = new ApiClient(server.url, lang);
          await client.signIn('root@test.example', testPassword);
        }
        if (!client) throw new Error('no client');
        const r = await client.request<ErrorBody>(request.method, request.path(ids), request.body);
        expect(r.status).toBe(400);
        expect(r.body.error.code).toBe('validation');
        if (request.field !== '')
          expect(r.body.error.issues?.some((i) => i.path.startsWith(request.field))).toBe(true);
        if (lang === 'zh') expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
        else expect(r.body.error.message).not.toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await snapshot()).toBe(before);
    },
  );
});
