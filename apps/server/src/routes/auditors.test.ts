import { assessmentGrantActions } from '@citymaturity/core';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../use-cases/assessment-snapshot.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import { invitedAuditor, submittedThroughApi } from '../test-support/audit-fixtures.js';
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
interface Invitation {
  auditor: { userId: string; email: string; accountReady: boolean; audit: unknown };
  setupLink: { link: string; expiresAt: string } | null;
}

describe.each(databaseKinds)('snapshots and external auditors on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  let base: string;

  const chainActions = async (assessmentId: string) =>
    (
      await server.database.pool.query<{ action: string; details: Record<string, unknown> | null }>(
        'select action, details from audit_log where assessment_id = $1 order by seq',
        [assessmentId],
      )
    ).rows;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Audited City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    base = `/api/v1/organisations/${organisationId}/assessments`;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('snapshot on submit', () => {
    it('freezes a submitted assessment: the stored text hashes to the digest the response gives', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const stored = await server.database.pool.query<{ digest: string; canonical_json: string }>(
        'select digest, canonical_json from assessment_snapshots where assessment_id = $1',
        [f.assessmentId],
      );
      const row = stored.rows[0];
      expect(row?.digest).toBe(f.digest);
      expect(sha256Hex(row?.canonical_json ?? '')).toBe(f.digest);
      expect(JSON.parse(row?.canonical_json ?? '{}')).toMatchObject({
        format: 'citymaturity/snapshot@1',
        assessment: { id: f.assessmentId, title: 'Audited baseline' },
      });
    });

    it('records the digest in the chain entry of the submission', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const last = (await chainActions(f.assessmentId)).at(-1);
      expect(last).toEqual({ action: 'assessment.submit', details: { digest: f.digest } });
    });

    it('shows the snapshot with the assessment once submitted, and none for a draft', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const submitted = await admin.get<{ snapshot: { digest: string; createdAt: string } }>(
        f.path,
      );
      expect(submitted.body.snapshot.digest).toBe(f.digest);
      expect(Date.parse(submitted.body.snapshot.createdAt)).not.toBeNaN();
      const draft = await createAssessmentFixture(server, organisationId);
      const r = await admin.get<{ snapshot: unknown }>(`${base}/${draft.assessmentId}`);
      expect(r.body.snapshot).toBeNull();
    });
  });

  describe('inviting an external auditor', () => {
    it('refuses a draft: only a submitted assessment is audited', async () => {
      const draft = await createAssessmentFixture(server, organisationId);
      const r = await admin.post<ErrorBody>(`${base}/${draft.assessmentId}/auditors`, {
        email: 'early@certifier.example',
        displayName: 'Early',
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'assessment-not-submitted']);
    });

    it('creates the account with a one-time link to set its password, shown only in the answer', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'Ada@Certifier.example',
        displayName: 'Ada Auditor',
        organisation: 'Certifier Ltd',
      });
      expect(r.status).toBe(201);
      expect(r.body.auditor).toMatchObject({
        email: 'ada@certifier.example',
        accountReady: false,
        audit: { status: 'in-progress', organisation: 'Certifier Ltd', findings: 0 },
      });
      expect(r.body.setupLink?.link).toMatch(/^\/account-setup#[0-9a-f-]{36}\.[\w-]{43}$/);
      const listed = await admin.get<Invitation['auditor'][]>(`${f.path}/auditors`);
      expect(JSON.stringify(listed.body)).not.toContain(r.body.setupLink?.link.split('.')[1]);
    });

    it('keeps the new account unusable until its owner sets the password with the link, once', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'bob@certifier.example',
        displayName: 'Bob',
      });
      const token = r.body.setupLink?.link.split('#').pop() ?? '';
      const client = new ApiClient(server.url);
      const before = await client.post('/api/v1/session', {
        email: 'bob@certifier.example',
        password: testPassword,
      });
      const setup = await client.post<{ email: string }>('/api/v1/account/setup', {
        token,
        password: testPassword,
      });
      const again = await client.post<ErrorBody>('/api/v1/account/setup', {
        token,
        password: 'another long password',
      });
      expect([before.status, setup.status, setup.body.email]).toEqual([
        401,
        200,
        'bob@certifier.example',
      ]);
      expect([again.status, again.body.error.code]).toEqual([400, 'account-setup-not-available']);
      await client.signIn('bob@certifier.example', testPassword);
      const listed = await admin.get<Invitation['auditor'][]>(`${f.path}/auditors`);
      expect(listed.body[0]?.accountReady).toBe(true);
    });

    it('refuses a setup token that was altered to name another account', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'carol@certifier.example',
        displayName: 'Carol',
      });
      const token = r.body.setupLink?.link.split('#').pop() ?? '';
      const forged = `${organisationId}.${token.split('.')[1] ?? ''}`;
      const attempt = await new ApiClient(server.url).post<ErrorBody>('/api/v1/account/setup', {
        token: forged,
        password: testPassword,
      });
      expect([attempt.status, attempt.body.error.code]).toEqual([
        400,
        'account-setup-not-available',
      ]);
    });

    it('does not let an account setup token create a platform administrator', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'dave@certifier.example',
        displayName: 'Dave',
      });
      const token = r.body.setupLink?.link.split('#').pop() ?? '';
      const attempt = await new ApiClient(server.url).post<ErrorBody>('/api/v1/setup', {
        token,
        email: 'root@attacker.example',
        password: testPassword,
        displayName: 'Root',
      });
      expect([attempt.status, attempt.body.error.code]).toEqual([400, 'setup-not-available']);
    });

    it('gives an existing account no link: its owner signs in as usual', async () => {
      await createTestUser(server, 'known@certifier.example');
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'known@certifier.example',
        displayName: 'Known',
      });
      expect([r.status, r.body.setupLink, r.body.auditor.accountReady]).toEqual([201, null, true]);
    });

    it('refuses a member of the organisation: an organisation does not audit itself', async () => {
      const { user } = await signedInAs(server, 'viewer', organisationId);
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<ErrorBody>(`${f.path}/auditors`, {
        email: user.email,
        displayName: 'Insider',
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'auditor-is-member']);
    });

    it('allows one auditor per assessment', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await admin.post(`${f.path}/auditors`, {
        email: 'first@certifier.example',
        displayName: 'A',
      });
      const r = await admin.post<ErrorBody>(`${f.path}/auditors`, {
        email: 'second@certifier.example',
        displayName: 'B',
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'audit-in-progress']);
    });

    it('chains the invitation with the snapshot audited', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await admin.post<Invitation>(`${f.path}/auditors`, {
        email: 'erin@certifier.example',
        displayName: 'Erin',
        organisation: 'Audit Co',
      });
      expect((await chainActions(f.assessmentId)).at(-1)).toEqual({
        action: 'audit.invite',
        details: {
          email: 'erin@certifier.example',
          name: 'Erin',
          organisation: 'Audit Co',
          snapshotDigest: f.digest,
          newAccount: true,
        },
      });
      expect(r.status).toBe(201);
    });

    it('snapshots an assessment submitted before snapshots existed when its audit starts', async () => {
      const legacy = await createAssessmentFixture(server, organisationId, { submitted: true });
      const r = await admin.post<Invitation>(`${base}/${legacy.assessmentId}/auditors`, {
        email: 'legacy@certifier.example',
        displayName: 'Legacy',
      });
      const detail = await admin.get<{ snapshot: { digest: string } | null }>(
        `${base}/${legacy.assessmentId}`,
      );
      const chain = await chainActions(legacy.assessmentId);
      expect(r.status).toBe(201);
      expect(chain.map((e) => e.action)).toEqual(['assessment.snapshot', 'audit.invite']);
      expect(chain[0]?.details).toEqual({ digest: detail.body.snapshot?.digest });
    });
  });

  describe("the auditor's session", () => {
    it('lists their grant (organisation, assessment, role, actions) and no membership', async () => {
      const f = await submittedThroughApi(server, admin, organisationId, 'Session baseline');
      const auditor = await invitedAuditor(server, admin, f.path, 'frank@certifier.example');
      const session = await auditor.client.get<{ memberships: unknown[]; grants: unknown[] }>(
        '/api/v1/session',
      );
      expect(session.body.memberships).toEqual([]);
      expect(session.body.grants).toEqual([
        {
          organisation: {
            id: organisationId,
            nameZh: 'Audited City（中）',
            nameEn: 'Audited City',
          },
          assessment: { id: f.assessmentId, title: 'Session baseline', status: 'submitted' },
          role: 'auditor',
          actions: [...assessmentGrantActions],
        },
      ]);
    });

    it('gives members an empty list of grants', async () => {
      const session = await admin.get<{ grants: unknown[] }>('/api/v1/session');
      expect(session.body.grants).toEqual([]);
    });
  });

  describe("another organisation's assessment named under one's own organisation", () => {
    it.each([
      [
        'invite an auditor',
        'POST',
        '/auditors',
        { email: 'x@certifier.example', displayName: 'X' },
      ],
      ['list its auditors', 'GET', '/auditors', undefined],
      ['read its audit', 'GET', '/audit', undefined],
      ['verify it', 'GET', '/verification', undefined],
    ] as const)('is not found when trying to %s', async (_, method, suffix, body) => {
      const foreignOrg = (await createTestOrganisation(server, 'Elsewhere')).id;
      const foreignAdmin = (await signedInAs(server, 'org_admin', foreignOrg)).client;
      const foreign = await submittedThroughApi(server, foreignAdmin, foreignOrg);
      const disguised = `${base}/${foreign.assessmentId}${suffix}`;
      const r = await admin.request(method, disguised, body);
      expect(r.status).toBe(404);
      expect((await admin.get(`${base}/${foreign.assessmentId}`)).status).toBe(404);
    });
  });

  describe('revoking', () => {
    it('ends the access and discards an audit not yet issued, chained', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const auditor = await invitedAuditor(server, admin, f.path, 'gina@certifier.example');
      await auditor.client.put(`${f.path}/audit/findings/1.1.1`, {
        verdict: 'confirmed',
        version: 0,
      });
      const r = await admin.delete(`${f.path}/auditors/${auditor.userId}`);
      const after = await auditor.client.get(f.path);
      const audit = await admin.get<ErrorBody>(`${f.path}/audit`);
      const session = await auditor.client.get<{ grants: unknown[] }>('/api/v1/session');
      expect([r.status, after.status, audit.status, audit.body.error.code]).toEqual([
        204,
        404,
        404,
        'audit-not-started',
      ]);
      expect(session.body.grants).toEqual([]);
      expect((await chainActions(f.assessmentId)).at(-1)).toEqual({
        action: 'audit.revoke',
        details: { auditDiscarded: true, findingsDiscarded: 1 },
      });
    });

    it('lets another auditor be invited after a revocation', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const first = await invitedAuditor(server, admin, f.path, 'hal@certifier.example');
      await admin.delete(`${f.path}/auditors/${first.userId}`);
      const r = await admin.post(`${f.path}/auditors`, {
        email: 'ivy@certifier.example',
        displayName: 'Ivy',
      });
      expect(r.status).toBe(201);
    });

    it('answers 404 for someone who holds no grant there', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const stranger = await createTestUser(server, 'stranger@certifier.example');
      expect((await admin.delete(`${f.path}/auditors/${stranger.id}`)).status).toBe(404);
    });
  });
});
