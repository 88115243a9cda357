import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  signedInAs,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';

interface Organisation {
  id: string;
  nameEn: string;
}
interface Member {
  userId: string;
  email: string;
  role: string;
}
interface AuditEntry {
  action: string;
  actor: { displayName: string; email: string } | null;
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[] };
}

const initialPassword = 'a long initial password';

const newOrganisation = {
  nameZh: '滨海新区',
  nameEn: 'Binhai New Area',
  country: 'CN',
  region: 'Tianjin',
  population: 2_000_000,
  kind: 'district',
};

describe.each(databaseKinds)('organisations and their administrators on %s', (kind) => {
  let server: TestServer;
  let platform: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await createTestUser(server, 'platform@test.example', undefined, { platformAdmin: true });
    platform = new ApiClient(server.url);
    await platform.signIn('platform@test.example', testPassword);
  });
  afterAll(async () => {
    await server.close();
  });

  /** Creates an organisation whose administrator is a new account with the initial password. */
  const createWithNewAdministrator = (nameEn: string, email: string, displayName: string) =>
    platform.post<Organisation>('/api/v1/organisations', {
      ...newOrganisation,
      nameEn,
      administrator: { email, displayName, password: initialPassword },
    });

  it('creates an organisation whose new administrator can sign in and manage it', async () => {
    const created = await createWithNewAdministrator(
      'Binhai New Area',
      'mayor-office@binhai.example',
      'Mayor’s office',
    );
    expect(created.status).toBe(201);
    const admin = new ApiClient(server.url);
    await admin.signIn('mayor-office@binhai.example', initialPassword);
    const members = await admin.get<Member[]>(`/api/v1/organisations/${created.body.id}/members`);
    expect(members.body).toMatchObject([
      { email: 'mayor-office@binhai.example', role: 'org_admin' },
    ]);
  });

  it('records who created the organisation and its administrator, by name', async () => {
    const created = await createWithNewAdministrator(
      'Audited City',
      'audited-admin@test.example',
      'Audited admin',
    );
    const admin = new ApiClient(server.url);
    await admin.signIn('audited-admin@test.example', initialPassword);
    const audit = await admin.get<AuditEntry[]>(
      `/api/v1/organisations/${created.body.id}/audit-log`,
    );
    expect(audit.body.map((e) => [e.action, e.actor?.email])).toEqual([
      ['member.add', 'platform@test.example'],
      ['organisation.create', 'platform@test.example'],
    ]);
  });

  it('makes an existing account the administrator without asking for a password', async () => {
    await createTestUser(server, 'existing@test.example');
    const created = await platform.post<Organisation>('/api/v1/organisations', {
      ...newOrganisation,
      nameEn: 'Second City',
      administrator: { email: 'existing@test.example', displayName: 'Existing' },
    });
    expect(created.status).toBe(201);
    const admin = new ApiClient(server.url);
    await admin.signIn('existing@test.example', testPassword);
    expect((await admin.get(`/api/v1/organisations/${created.body.id}`)).status).toBe(200);
  });

  it('refuses a new administrator without a password and creates nothing', async () => {
    const before = await platform.get<{ all: Organisation[] }>('/api/v1/organisations');
    const r = await platform.post<ErrorBody>('/api/v1/organisations', {
      ...newOrganisation,
      nameEn: 'Never Created',
      administrator: { email: 'nobody-yet@test.example', displayName: 'Nobody' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.administrator.password']);
    const after = await platform.get<{ all: Organisation[] }>('/api/v1/organisations');
    expect(after.body.all).toHaveLength(before.body.all.length);
  });

  it('gives the platform administrator no access to the data of the organisations it creates', async () => {
    const created = await createWithNewAdministrator(
      'Private City',
      'private-admin@test.example',
      'Private admin',
    );
    const r = await platform.get(`/api/v1/organisations/${created.body.id}/assessments`);
    expect(r.status).toBe(404);
  });

  it('adds another administrator to an organisation whose administrator has left', async () => {
    const org = await createTestOrganisation(server, 'Orphan City');
    const r = await platform.post(`/api/v1/organisations/${org.id}/administrators`, {
      email: 'rescuer@test.example',
      displayName: 'Rescuer',
      password: initialPassword,
    });
    expect(r.status).toBe(201);
    const rescuer = new ApiClient(server.url);
    await rescuer.signIn('rescuer@test.example', initialPassword);
    const members = await rescuer.get<Member[]>(`/api/v1/organisations/${org.id}/members`);
    expect(members.body.map((m) => m.role)).toEqual(['org_admin']);
  });

  it('answers 404 when adding an administrator to an organisation that does not exist', async () => {
    const r = await platform.post(
      '/api/v1/organisations/00000000-0000-4000-8000-000000000000/administrators',
      { email: 'x@test.example', displayName: 'X', password: initialPassword },
    );
    expect(r.status).toBe(404);
  });

  it('keeps the last administrator of an organisation', async () => {
    const org = await createTestOrganisation(server, 'One Admin City');
    const { client, user } = await signedInAs(server, 'org_admin', org.id);
    const r = await client.patch<ErrorBody>(`/api/v1/organisations/${org.id}/members/${user.id}`, {
      role: 'viewer',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('last-admin');
  });
});
