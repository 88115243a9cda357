import { assessmentGrantActions } from '@citymaturity/core';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullAnswers } from '../test-support/fixtures.js';
import { invitedAuditor, submittedThroughApi } from '../test-support/audit-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    current?: { version: number; verdict: string };
  };
}
interface Finding {
  characteristicId: string;
  verdict: string;
  adjustedCurrent: number | null;
  adjustedTarget: number | null;
  reason: string;
  version: number;
}
interface Audit {
  status: string;
  statement: string;
  issuedAt: string | null;
  findings: Record<string, Finding>;
  summary: Record<string, number>;
  progress: { recorded: number; total: number };
  editable: boolean;
  snapshotDigest: string;
  auditor: { name: string; organisation: string };
}

describe.each(databaseKinds)('the external audit on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  let f: Awaited<ReturnType<typeof submittedThroughApi>>;
  let auditor: ApiClient;
  let otherAssessment: Awaited<ReturnType<typeof submittedThroughApi>>;
  let foreign: Awaited<ReturnType<typeof submittedThroughApi>>;
  const ids = () => Object.keys(fullAnswers(server));

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Audited City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    f = await submittedThroughApi(server, admin, organisationId);
    otherAssessment = await submittedThroughApi(server, admin, organisationId, 'Not theirs');
    const foreignOrg = (await createTestOrganisation(server, 'Foreign City')).id;
    const foreignAdmin = (await signedInAs(server, 'org_admin', foreignOrg)).client;
    foreign = await submittedThroughApi(server, foreignAdmin, foreignOrg, 'Foreign');
    auditor = (await invitedAuditor(server, admin, f.path, 'auditor@certifier.example')).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe("what the auditor reaches: their assessment's read routes", () => {
    it('reads the assessment, with the actions of their grant and nothing to answer', async () => {
      const r = await auditor.get<{
        id: string;
        actions: string[];
        respondents: { editable: boolean }[];
      }>(f.path);
      expect([r.status, r.body.id]).toEqual([200, f.assessmentId]);
      expect(r.body.actions).toEqual([...assessmentGrantActions]);
      expect(r.body.respondents.every((x) => !x.editable)).toBe(true);
    });

    it('reads the responses with their evidence', async () => {
      const r = await auditor.get<{
        editable: boolean;
        ratings: Record<string, { evidence: { text: string | null; links: string[] } }>;
      }>(`${f.path}/respondents/${f.respondentId}/response`);
      expect([r.status, r.body.editable]).toEqual([200, false]);
      expect(r.body.ratings['1.1.1']?.evidence).toMatchObject({
        text: 'Minutes of the council meeting',
        links: ['https://example.org/plan'],
      });
    });

    it.each([
      ['results', '/results', 'application/json'],
      ['export', '/export', 'application/json'],
      ['report PDF', '/report.pdf', 'application/pdf'],
      ['verification', '/verification', 'application/json'],
      ['audit', '/audit', 'application/json'],
    ])('reads the %s', async (_, suffix, type) => {
      const r = await auditor.get(`${f.path}${suffix}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain(type);
    });
  });

  describe('what the auditor does not reach', () => {
    it.each([
      ['another assessment of the same organisation', () => otherAssessment.path],
      ['its results', () => `${otherAssessment.path}/results`],
      ['its audit', () => `${otherAssessment.path}/audit`],
      ['its verification', () => `${otherAssessment.path}/verification`],
      ["another organisation's assessment", () => foreign.path],
      [
        "another organisation's assessment under their grant's organisation",
        () => f.path.replace(f.assessmentId, foreign.assessmentId),
      ],
      ['the organisation', () => `/api/v1/organisations/${organisationId}`],
      [
        "the organisation's assessments",
        () => `/api/v1/organisations/${organisationId}/assessments`,
      ],
      ["the organisation's members", () => `/api/v1/organisations/${organisationId}/members`],
      ["the organisation's audit log", () => `/api/v1/organisations/${organisationId}/audit-log`],
      ['the list of auditors', () => `${f.path}/auditors`],
    ])('gets 404 for %s', async (_, path) => {
      expect((await auditor.get(path())).status).toBe(404);
    });

    it('changes nothing else of their assessment: every write route refuses them', async () => {
      const before = await server.database.pool.query(
        'select a.title, a.status, a.assessed_on, a.chain_seq, (select json_agg(r order by characteristic_id) from ratings r where r.respondent_id = $2) as ratings from assessments a where a.id = $1',
        [f.assessmentId, f.respondentId],
      );
      const statuses = [
        (await auditor.patch(f.path, { title: 'Audited away' })).status,
        (await auditor.delete(f.path)).status,
        (await auditor.post(`${f.path}/submit`)).status,
        (
          await auditor.put(`${f.path}/respondents/${f.respondentId}/ratings/1.1.1`, {
            current: 5,
            target: 5,
          })
        ).status,
        (
          await auditor.put(`${f.path}/respondents/${f.respondentId}/ratings`, {
            ratings: fullAnswers(server, 3),
          })
        ).status,
        (
          await auditor.post(`${f.path}/auditors`, {
            email: 'friend@certifier.example',
            displayName: 'Friend',
          })
        ).status,
      ];
      expect(statuses.every((s) => s === 404 || s === 403)).toBe(true);
      const after = await server.database.pool.query(
        'select a.title, a.status, a.assessed_on, a.chain_seq, (select json_agg(r order by characteristic_id) from ratings r where r.respondent_id = $2) as ratings from assessments a where a.id = $1',
        [f.assessmentId, f.respondentId],
      );
      expect(after.rows).toEqual(before.rows);
    });
  });

  describe('findings', () => {
    it('records a confirmation at version 1, with the progress', async () => {
      const r = await auditor.put<{ finding: Finding; progress: { recorded: number } }>(
        `${f.path}/audit/findings/1.1.1`,
        { verdict: 'confirmed', version: 0 },
      );
      expect(r.status).toBe(200);
      expect(r.body.finding).toMatchObject({ verdict: 'confirmed', version: 1, reason: '' });
      expect(r.body.progress).toEqual({ recorded: 1, total: 32 });
    });

    it('turns an edit from a stale version into a conflict that shows the current finding', async () => {
      await auditor.put(`${f.path}/audit/findings/1.1.2`, { verdict: 'confirmed', version: 0 });
      const second = await auditor.put<ErrorBody>(`${f.path}/audit/findings/1.1.2`, {
        verdict: 'insufficient-evidence',
        reason: 'No minutes',
        version: 0,
      });
      expect([second.status, second.body.error.code]).toEqual([409, 'audit-finding-conflict']);
      expect(second.body.error.current).toMatchObject({ version: 1, verdict: 'confirmed' });
    });

    it('records an adjustment with its levels and reason, from the current version', async () => {
      const r = await auditor.put<{ finding: Finding }>(`${f.path}/audit/findings/1.1.2`, {
        verdict: 'adjusted',
        adjustedCurrent: 1,
        reason: 'The plan is not adopted yet',
        version: 1,
      });
      expect(r.body.finding).toMatchObject({
        verdict: 'adjusted',
        adjustedCurrent: 1,
        adjustedTarget: null,
        version: 2,
      });
    });

    it.each([
      [
        'an adjustment without a level',
        { verdict: 'adjusted', reason: 'x' },
        'body.adjustedCurrent',
      ],
      [
        'insufficient evidence without a reason',
        { verdict: 'insufficient-evidence' },
        'body.reason',
      ],
      [
        'a confirmation that changes a level',
        { verdict: 'confirmed', adjustedTarget: 2 },
        'body.adjustedCurrent',
      ],
      [
        'a level out of range',
        { verdict: 'adjusted', adjustedCurrent: 6, reason: 'x' },
        'body.adjustedCurrent',
      ],
    ])('refuses %s, naming the field', async (_, body, field) => {
      const r = await auditor.put<ErrorBody>(`${f.path}/audit/findings/1.2.1`, {
        ...body,
        version: 0,
      });
      expect([r.status, r.body.error.code]).toEqual([400, 'validation']);
      expect(r.body.error.issues?.map((i) => i.path)).toContain(field);
    });

    it('refuses a characteristic the model does not have', async () => {
      const r = await auditor.put<ErrorBody>(`${f.path}/audit/findings/9.9.9`, {
        verdict: 'confirmed',
        version: 0,
      });
      expect([r.status, r.body.error.code]).toEqual([400, 'unknown-characteristic']);
    });

    it('chains every finding with its verdict', async () => {
      const rows = await server.database.pool.query<{ target_id: string; details: object }>(
        "select target_id, details from audit_log where assessment_id = $1 and action = 'audit.finding' order by seq desc limit 1",
        [f.assessmentId],
      );
      expect(rows.rows[0]).toEqual({
        target_id: '1.1.2',
        details: {
          verdict: 'adjusted',
          adjustedCurrent: 1,
          adjustedTarget: null,
          reason: 'The plan is not adopted yet',
          version: 2,
        },
      });
    });

    it('lets no member record a finding, not even an administrator', async () => {
      const r = await admin.put<ErrorBody>(`${f.path}/audit/findings/1.1.3`, {
        verdict: 'confirmed',
        version: 0,
      });
      expect(r.status).toBe(403);
    });

    it('shows the audit in progress to members who see the verification, read-only', async () => {
      const r = await admin.get<Audit>(`${f.path}/audit`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        status: 'in-progress',
        editable: false,
        snapshotDigest: f.digest,
        auditor: { name: 'Ada Auditor', organisation: 'Certifier Ltd' },
        summary: { confirmed: 1, adjusted: 1, 'insufficient-evidence': 0 },
        progress: { recorded: 2, total: 32 },
      });
      expect(Object.keys(r.body.findings)).toEqual(['1.1.1', '1.1.2']);
    });

    it('shows the auditor that they may record', async () => {
      expect((await auditor.get<Audit>(`${f.path}/audit`)).body.editable).toBe(true);
    });
  });

  describe('the statement', () => {
    it('is refused until every characteristic has a finding', async () => {
      const r = await auditor.post<ErrorBody>(`${f.path}/audit/statement`, {
        statement: 'Too early',
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'audit-findings-incomplete']);
    });

    it('is refused when empty, naming the field', async () => {
      const r = await auditor.post<ErrorBody>(`${f.path}/audit/statement`, { statement: '   ' });
      expect(r.status).toBe(400);
      expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.statement']);
    });

    it('is issued once every characteristic has a finding: the audit is final', async () => {
      for (const id of ids().filter((c) => !['1.1.1', '1.1.2'].includes(c)))
        await auditor.put(`${f.path}/audit/findings/${id}`, { verdict: 'confirmed', version: 0 });
      const r = await auditor.post<Audit>(`${f.path}/audit/statement`, {
        statement: 'The self-assessment is supported by the evidence, with one adjustment.',
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        status: 'issued',
        editable: false,
        statement: 'The self-assessment is supported by the evidence, with one adjustment.',
        summary: { confirmed: 31, adjusted: 1, 'insufficient-evidence': 0 },
        progress: { recorded: 32, total: 32 },
      });
      expect(Date.parse(r.body.issuedAt ?? '')).not.toBeNaN();
    });

    it('makes external audit the evidence method of the results, with the verdicts', async () => {
      const r = await admin.get<{
        evidenceMethod: { id: string; rank: number };
        audit: { status: string; findings: Record<string, { verdict: string }> };
      }>(`${f.path}/results`);
      expect(r.body.evidenceMethod).toMatchObject({ id: 'external-audit', rank: 5 });
      expect(r.body.audit.status).toBe('issued');
      expect(r.body.audit.findings['1.1.2']).toEqual({
        verdict: 'adjusted',
        adjustedCurrent: 1,
        adjustedTarget: null,
      });
    });

    it('leaves the evidence method of an unaudited assessment as it was gathered', async () => {
      const r = await admin.get<{ evidenceMethod: { id: string; rank: number }; audit?: unknown }>(
        `${otherAssessment.path}/results`,
      );
      expect(r.body.evidenceMethod).toMatchObject({ id: 'single-stakeholder', rank: 1 });
      expect(r.body.audit).toBeUndefined();
    });

    it('refuses any further finding or statement', async () => {
      const finding = await auditor.put<ErrorBody>(`${f.path}/audit/findings/1.1.1`, {
        verdict: 'insufficient-evidence',
        reason: 'Second thoughts',
        version: 1,
      });
      const statement = await auditor.post<ErrorBody>(`${f.path}/audit/statement`, {
        statement: 'Again',
      });
      expect([finding.status, finding.body.error.code]).toEqual([409, 'audit-issued']);
      expect([statement.status, statement.body.error.code]).toEqual([409, 'audit-issued']);
    });

    it('shows in the verification who audited, when, and the verdict counts', async () => {
      const r = await admin.get<{ ok: boolean; audit: unknown }>(`${f.path}/verification`);
      expect(r.body.ok).toBe(true);
      expect(r.body.audit).toMatchObject({
        status: 'issued',
        auditor: { name: 'Ada Auditor', organisation: 'Certifier Ltd' },
        summary: { confirmed: 31, adjusted: 1, 'insufficient-evidence': 0 },
      });
    });

    it('stays on record when the auditor’s access is revoked afterwards', async () => {
      const auditors = await admin.get<{ userId: string }[]>(`${f.path}/auditors`);
      const revoked = await admin.delete(`${f.path}/auditors/${auditors.body[0]?.userId ?? ''}`);
      const audit = await admin.get<Audit>(`${f.path}/audit`);
      expect([revoked.status, audit.body.status]).toEqual([204, 'issued']);
      expect((await auditor.get(f.path)).status).toBe(404);
    });
  });
});
