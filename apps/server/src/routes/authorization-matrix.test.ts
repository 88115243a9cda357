import { grantAllows, organisationRoles, type OrganisationRole } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints, org } from '../test-support/matrix/index.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import { ensureTestUser, matrixAuditorEmail } from '../test-support/audit-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  signedInAs,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';

const roles: readonly OrganisationRole[] = organisationRoles;
/** An external auditor (not a member) holding a grant on the very assessment each call acts on. */
const grantee = 'external auditor of the assessment';
/** An external auditor holding a grant on another assessment of the organisation only. */
const otherGrantee = 'external auditor of another assessment';

describe.each(databaseKinds)('authorization matrix on %s', (kind) => {
  let server: TestServer;
  let own: string;
  let other: string;
  const clients = new Map<string, ApiClient>();

  beforeAll(async () => {
    server = await startTestServer(kind);
    own = (await createTestOrganisation(server, 'Own City')).id;
    other = (await createTestOrganisation(server, 'Other City')).id;
    for (const role of roles) clients.set(role, (await signedInAs(server, role, own)).client);
    clients.set(
      'admin of another organisation',
      (await signedInAs(server, 'org_admin', other)).client,
    );
    const platformAdmin = await createTestUser(server, 'platform@test.example', undefined, {
      platformAdmin: true,
    });
    const platform = new ApiClient(server.url);
    await platform.signIn(platformAdmin.email, testPassword);
    clients.set('platform administrator (not a member)', platform);
    clients.set('anonymous', new ApiClient(server.url));
    await ensureTestUser(server, matrixAuditorEmail);
    const auditor = new ApiClient(server.url);
    await auditor.signIn(matrixAuditorEmail, testPassword);
    clients.set(grantee, auditor);
    const elsewhere = await createTestUser(server, 'elsewhere-auditor@matrix.example');
    const granted = await createAssessmentFixture(server, own, { submitted: true });
    await repositories.createAssessmentGrant(
      server.database.db,
      { organisationId: own },
      {
        assessmentId: granted.assessmentId,
        userId: elsewhere.id,
        role: 'auditor',
        createdBy: null,
      },
    );
    const elsewhereClient = new ApiClient(server.url);
    await elsewhereClient.signIn(elsewhere.email, testPassword);
    clients.set(otherGrantee, elsewhereClient);
  });

  /** Grants the matrix's external auditor access to the assessment a path names (if any). */
  const grantOnPathsAssessment = async (path: string) => {
    const assessmentId = /\/assessments\/([0-9a-f-]{36})/.exec(path)?.[1];
    if (!assessmentId) return;
    await server.database.pool.query(
      `insert into assessment_grants (assessment_id, organisation_id, user_id, role)
       select $1, $2, id, 'auditor' from users where email = $3 on conflict do nothing`,
      [assessmentId, own, matrixAuditorEmail],
    );
  };
  afterAll(async () => {
    await server.close();
  });

  const callers = [
    ...roles,
    'admin of another organisation',
    'platform administrator (not a member)',
    grantee,
    otherGrantee,
    'anonymous',
  ];
  const cases = endpoints.flatMap((endpoint) =>
    callers.map((caller) => [endpoint.name, caller, endpoint] as const),
  );

  it.each(cases)('%s as %s', async (_, caller, endpoint) => {
    const client = clients.get(caller);
    if (!client) throw new Error(caller);
    const { path, body, headers } = await endpoint.prepare(server, own);
    if (caller === grantee) await grantOnPathsAssessment(path);
    const r = await client.request(
      endpoint.method,
      path,
      body ?? (endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : {}),
      headers,
    );
    let expected: number;
    if (caller === 'anonymous') expected = 401;
    else if (caller === grantee)
      // Their assessment's read routes and the audit routes; 404 (not a member) everywhere else.
      expected = endpoint.grantAction
        ? grantAllows('auditor', endpoint.grantAction)
          ? endpoint.success
          : 403
        : 404;
    else if (!(roles as string[]).includes(caller)) expected = 404;
    else expected = endpoint.allows(caller as OrganisationRole) ? endpoint.success : 403;
    expect(r.status).toBe(expected);
  });

  const platformOnly = {
    org_admin: 403,
    facilitator: 403,
    respondent: 403,
    auditor: 403,
    viewer: 403,
    programme_office: 403,
    'admin of another organisation': 403,
    'platform administrator (not a member)': 201,
    [grantee]: 403,
    [otherGrantee]: 403,
    anonymous: 401,
  };

  it('lets only platform administrators create organisations', async () => {
    const statuses = await Promise.all(
      callers.map(async (caller, i) => {
        const body = {
          nameZh: '新市',
          nameEn: 'New City',
          country: 'GB',
          kind: 'city',
          administrator: {
            email: `new-admin-${String(i)}@test.example`,
            displayName: 'New admin',
            password: 'a long initial password',
          },
        };
        const r = await clients.get(caller)?.post('/api/v1/organisations', body);
        return [caller, r?.status] as const;
      }),
    );
    expect(Object.fromEntries(statuses)).toEqual(platformOnly);
  });

  it('lets only platform administrators add an administrator to an organisation', async () => {
    const statuses = await Promise.all(
      callers.map(async (caller, i) => {
        const r = await clients.get(caller)?.post(`${org(own)}/administrators`, {
          email: `rescuer-${String(i)}@test.example`,
          displayName: 'Rescuer',
          password: 'a long initial password',
        });
        return [caller, r?.status] as const;
      }),
    );
    expect(Object.fromEntries(statuses)).toEqual(platformOnly);
  });

  // The classic insecure direct object reference: an administrator of their own organisation names
  // another organisation's assessment under their own organisation's path.
  const assessmentEndpoints = endpoints.filter(
    (e) =>
      e.name.includes('assessment') ||
      e.name.includes('response') ||
      ['results', 'export', 'report PDF'].includes(e.name),
  );
  it.each(
    assessmentEndpoints
      .filter((e) => !['list assessments', 'create assessment'].includes(e.name))
      .map((e) => [e.name, e] as const),
  )(
    "%s on another organisation's assessment through one's own organisation → 404",
    async (_, endpoint) => {
      const { path, body, headers } = await endpoint.prepare(server, other);
      const disguised = path.replace(`/organisations/${other}/`, `/organisations/${own}/`);
      const r = await clients
        .get('org_admin')
        ?.request(
          endpoint.method,
          disguised,
          body ?? (endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : {}),
          headers,
        );
      expect(r?.status).toBe(404);
    },
  );

  it('changes nothing of the other organisation whatever anyone tried', async () => {
    const rows = await server.database.pool.query<{ title: string; status: string }>(
      'select title, status from assessments where organisation_id = $1',
      [other],
    );
    // Only the fixtures the IDOR cases created there, untouched: still titled "Fixture", never renamed, submitted or deleted by the attempts.
    expect(rows.rows.every((r) => r.title === 'Fixture')).toBe(true);
    expect(rows.rows.filter((r) => r.status === 'submitted').length).toBe(3);
    const ratings = await server.database.pool.query<{ n: string }>(
      "select count(*) as n from ratings where organisation_id = $1 and characteristic_id = '1.1.1' and current = 2 and target = 3",
      [other],
    );
    expect(Number(ratings.rows[0]?.n)).toBe(0);
  });
});

/** Endpoints of an organisation that the platform administrators' tests above cover instead. */
const platformLevelEndpoints = ['POST /api/v1/organisations/{organisationId}/administrators'];

describe('the authorization matrix', () => {
  it("covers every endpoint of an organisation's data that the API publishes", async () => {
    const server = await startTestServer('embedded');
    try {
      const organisationId = (await createTestOrganisation(server, 'Listed City')).id;
      const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const published = Object.entries(document.paths)
        .filter(([path]) => path.startsWith('/api/v1/organisations/{organisationId}'))
        .flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
        );
      const covered = new Set(platformLevelEndpoints);
      for (const endpoint of endpoints) {
        const { path } = await endpoint.prepare(server, organisationId);
        const match = published.find((operation) => {
          const [method = '', template = ''] = operation.split(' ');
          const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`);
          return method === endpoint.method && pattern.test(path);
        });
        if (match) covered.add(match);
      }
      expect(published.filter((operation) => !covered.has(operation))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
