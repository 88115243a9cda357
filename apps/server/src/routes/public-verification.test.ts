import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditedAssessmentFixture,
  ensureTestUser,
  submittedThroughApi,
} from '../test-support/audit-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(databaseKinds)('public verification on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  const anonymous = () => new ApiClient(server.url);
  const org = () => `/api/v1/organisations/${organisationId}`;

  /** Runs SQL in a connection of its own that bypasses the triggers. */
  const tamper = async (text: string, values: unknown[]) => {
    const client = new pg.Client({ connectionString: server.database.connectionString });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      const r = await client.query(text, values);
      expect(r.rowCount).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Verified City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the public verification', () => {
    const publicKeys = {
      organisation: ['nameEn', 'nameZh'],
      assessment: ['digest', 'evidenceMethod', 'method', 'submittedAt', 'title'],
    };

    it('tells anyone, by id, that an assessment is unchanged, and nothing more', async () => {
      const f = await submittedThroughApi(server, admin, organisationId, 'Public baseline');
      const r = await anonymous().get<Record<string, Record<string, unknown>>>(
        `/api/v1/public/verification/${f.assessmentId}`,
      );
      expect(r.status).toBe(200);
      expect(Object.keys(r.body).sort()).toEqual([
        'assessment',
        'audit',
        'organisation',
        'unchanged',
      ]);
      expect(Object.keys(r.body.organisation ?? {}).sort()).toEqual(publicKeys.organisation);
      expect(Object.keys(r.body.assessment ?? {}).sort()).toEqual(publicKeys.assessment);
      expect(r.body).toMatchObject({
        organisation: { nameEn: 'Verified City' },
        assessment: {
          title: 'Public baseline',
          method: 'single-stakeholder',
          evidenceMethod: { id: 'single-stakeholder', rank: 1, ranks: 5 },
          digest: f.digest,
        },
        unchanged: true,
        audit: null,
      });
      const text = JSON.stringify(r.body);
      expect(text).not.toContain(f.respondentId);
      expect(text).not.toContain('Minutes of the council meeting');
      expect(text).not.toContain(f.assessmentId);
    });

    it('gives the same answer by digest', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const byId = await anonymous().get(`/api/v1/public/verification/${f.assessmentId}`);
      const byDigest = await anonymous().get(`/api/v1/public/verification/${f.digest}`);
      expect(byDigest.status).toBe(200);
      expect(byDigest.body).toEqual(byId.body);
    });

    it('says when an assessment changed since submission', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper(
        "update ratings set current = 1 where respondent_id = $1 and characteristic_id = '2.1.1'",
        [f.respondentId],
      );
      const r = await anonymous().get<{ unchanged: boolean }>(
        `/api/v1/public/verification/${f.digest}`,
      );
      expect([r.status, r.body.unchanged]).toEqual([200, false]);
    });

    it('shows whether, when and by whom it was audited, with the external-audit badge', async () => {
      const auditor = await ensureTestUser(server, 'public-auditor@certifier.example');
      const f = await auditedAssessmentFixture(server, organisationId, auditor.id, {
        findings: 'complete',
      });
      await repositories.issueAudit(
        server.database.db,
        { organisationId },
        f.assessmentId,
        'Supported by the evidence.',
      );
      const r = await anonymous().get<{
        assessment: { evidenceMethod: { id: string; rank: number } };
        audit: unknown;
      }>(`/api/v1/public/verification/${f.assessmentId}`);
      expect(r.body.assessment.evidenceMethod).toMatchObject({ id: 'external-audit', rank: 5 });
      expect(r.body.audit).toMatchObject({
        status: 'issued',
        auditor: { name: 'Fixture Auditor', organisation: 'Fixture Certification' },
        summary: { confirmed: 32, adjusted: 0, 'insufficient-evidence': 0 },
      });
      expect(Date.parse((r.body.audit as { issuedAt: string }).issuedAt)).not.toBeNaN();
    });

    it.each([
      [
        'a draft',
        async () =>
          (
            await admin.post<{ id: string }>(`${org()}/assessments`, {
              title: 'D',
              date: '2026-11-01',
            })
          ).body.id,
      ],
      ['an unknown id', () => Promise.resolve('6f1c1f64-6a55-4f3a-9d43-8f9c1c1a0b11')],
      ['an unknown digest', () => Promise.resolve('a'.repeat(64))],
    ])('is 404 for %s', async (_, id) => {
      const r = await anonymous().get(`/api/v1/public/verification/${await id()}`);
      expect(r.status).toBe(404);
    });

    it('is 400 for something that is neither an id nor a digest', async () => {
      const r = await anonymous().get<{ error: { code: string } }>(
        '/api/v1/public/verification/not-a-digest',
      );
      expect([r.status, r.body.error.code]).toEqual([400, 'validation']);
    });

    it('is documented as public in the OpenAPI document', async () => {
      const document = (
        await anonymous().get<{
          paths: Record<string, { get?: { security?: unknown[] } }>;
        }>('/api/openapi.json')
      ).body;
      expect(document.paths['/api/v1/public/verification/{idOrDigest}']?.get?.security).toEqual([]);
    });

    it('is rate-limited per address', async () => {
      const client = anonymous();
      let status = 0;
      let retryAfter: string | null = null;
      for (let i = 0; i < 40 && status !== 429; i++) {
        const r = await client.get(`/api/v1/public/verification/${'b'.repeat(64)}`);
        status = r.status;
        retryAfter = r.headers.get('retry-after');
      }
      expect(status).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    });
  });
});
