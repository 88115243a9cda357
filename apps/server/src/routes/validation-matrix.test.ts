import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A valid new organisation with its administrator, but for the given changes. */
function newOrganisation(changes: object, administratorChanges: object = {}) {
  return {
    nameZh: '市',
    nameEn: 'City',
    country: 'CN',
    kind: 'city',
    administrator: {
      email: 'a@b.example',
      displayName: 'A',
      password: 'long enough password',
      ...administratorChanges,
    },
    ...changes,
  };
}

/** A request with bad input, and the field the error must name. */
interface BadRequest {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (ids: Ids) => string;
  body?: unknown;
  /** The path the error names, e.g. body.email; a prefix is enough. */
  field: string;
  /** Tried by a platform administrator (organisation creation and rescue). */
  platformLevel?: boolean;
}

interface Ids {
  org: string;
  assessment: string;
  respondent: string;
  user: string;
}

const a = (ids: Ids) => `/api/v1/organisations/${ids.org}/assessments/${ids.assessment}`;
const badRequests: BadRequest[] = [
  {
    name: 'sign in without email',
    method: 'POST',
    path: () => '/api/v1/session',
    body: { password: 'x' },
    field: 'body.email',
  },
  {
    name: 'setup with a short password',
    method: 'POST',
    path: () => '/api/v1/setup',
    body: { token: 't', email: 'a@b.example', password: 'short', displayName: 'A' },
    field: 'body.password',
  },
  {
    name: 'account with an unknown language',
    method: 'PATCH',
    path: () => '/api/v1/account',
    body: { preferredLanguage: 'fr' },
    field: 'body.preferredLanguage',
  },
  {
    name: 'password change with a short new password',
    method: 'POST',
    path: () => '/api/v1/account/password',
    body: { currentPassword: 'x', newPassword: 'short' },
    field: 'body.newPassword',
  },
  {
    name: 'organisation with a bad country code',
    method: 'POST',
    path: () => '/api/v1/organisations',
    platformLevel: true,
    body: newOrganisation({ country: 'China' }),
    field: 'body.country',
  },
  {
    name: 'organisation whose administrator has a malformed email',
    method: 'POST',
    path: () => '/api/v1/organisations',
    platformLevel: true,
    body: newOrganisation({}, { email: 'not-an-email' }),
    field: 'body.administrator.email',
  },
  {
    name: 'administrator whose initial password is too short',
    method: 'POST',
    path: (ids) => `/api/v1/organisations/${ids.org}/administrators`,
    platformLevel: true,
    body: { email: 'a@b.example', displayName: 'A', password: 'short' },
    field: 'body.password',
  },
  {
    name: 'organisation id that is not a uuid',
    method: 'GET',
    path: () => '/api/v1/organisations/not-a-uuid',
    field: 'params.organisationId',
  },
  {
    name: 'organisation update with a negative population',
    method: 'PATCH',
    path: (ids) => `/api/v1/organisations/${ids.org}`,
    body: { population: -5 },
    field: 'body.population',
  },
  {
    name: 'member with an unknown role',
    method: 'POST',
    path: (ids) => `/api/v1/organisations/${ids.org}/members`,
    body: { email: 'x@y.example', displayName: 'X', role: 'king' },
    field: 'body.role',
  },
  {
    name: 'member role change to an unknown role',
    method: 'PATCH',
    path: (ids) => `/api/v1/organisations/${ids.org}/members/${ids.user}`,
    body: { role: 'king' },
    field: 'body.role',
  },
  {
    name: 'audit log with a limit too large',
    method: 'GET',
    path: (ids) => `/api/v1/organisations/${ids.org}/audit-log?limit=100000`,
    field: 'querystring.limit',
  },
  {
    name: 'assessment without a title',
    method: 'POST',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments`,
    body: { date: '2026-11-01' },
    field: 'body.title',
  },
  {
    name: 'assessment with an impossible date',
    method: 'POST',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments`,
    body: { title: 'T', date: '2026-02-30' },
    field: 'body.date',
  },
  {
    name: 'assessment with an unknown method',
    method: 'POST',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments`,
    body: { title: 'T', date: '2026-11-01', method: 'survey' },
    field: 'body.method',
  },
  {
    name: 'assessment update with an empty title',
    method: 'PATCH',
    path: a,
    body: { title: '' },
    field: 'body.title',
  },
  {
    name: 'assessment update with an unknown field',
    method: 'PATCH',
    path: a,
    body: { status: 'submitted' },
    field: 'body',
  },
  {
    name: 'assessment id that is not a uuid',
    method: 'DELETE',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments/123`,
    field: 'params.assessmentId',
  },
  {
    name: 'export in an unknown format',
    method: 'GET',
    path: (ids) => `${a(ids)}/export?format=xlsx`,
    field: 'querystring.format',
  },
  {
    name: 'report in an unknown language',
    method: 'GET',
    path: (ids) => `${a(ids)}/report.pdf?lang=fr`,
    field: 'querystring.lang',
  },
  {
    name: 'rating at level 7',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings/1.1.1`,
    body: { current: 7, target: 3 },
    field: 'body.current',
  },
  {
    name: 'rating as text',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings/1.1.1`,
    body: { current: 'two', target: 3 },
    field: 'body.current',
  },
  {
    name: 'rating without a target',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings/1.1.1`,
    body: { current: 2 },
    field: 'body.target',
  },
  {
    name: 'rating of a malformed characteristic id',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings/abc`,
    body: { current: 2, target: 3 },
    field: 'params.characteristicId',
  },
  {
    name: 'rating with a link that is not a web address',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings/1.1.1`,
    body: { current: 2, target: 3, evidence: { links: ['ftp://x'] } },
    field: 'body.evidence.links',
  },
  {
    name: 'whole response with a level 0',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings`,
    body: { ratings: { '1.1.1': { current: 0, target: 3 } } },
    field: 'body.ratings',
  },
  {
    name: 'whole response that is not an object',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings`,
    body: { ratings: [1, 2] },
    field: 'body.ratings',
  },
  {
    name: 'malformed JSON',
    method: 'PUT',
    path: (ids) => `${a(ids)}/respondents/${ids.respondent}/ratings`,
    body: '{"ratings": {',
    field: '',
  },
];

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
