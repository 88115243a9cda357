import {
  resultsCsvColumns,
  resultsDocumentSchema,
  resultsFormatTag,
  type AssessmentDocument,
  type ResultsDocument,
} from '@citymaturity/core';
import { databaseKinds } from '@citymaturity/db/test-support';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Imported {
  assessment: {
    id: string;
    status: string;
    method: string;
    respondents: { name: string; source: string }[];
  };
  warnings: { code: string; message: { zh: string; en: string } }[];
}
interface ImportError {
  error: { code: string; problems: { path: string; code: string; message: { en: string } }[] };
}

describe.each(databaseKinds)('open data and the exchange format on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  let submitted: string;
  const base = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const importPath = () => `/api/v1/organisations/${organisationId}/assessments/import`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Open City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    submitted = (await createAssessmentFixture(server, organisationId, { submitted: true }))
      .assessmentId;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('results as CSV', () => {
    it('is UTF-8 with a byte order mark, a header and one row per characteristic', async () => {
      const response = await admin.download(`${base(submitted)}/results.csv`);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe(resultsCsvColumns.join(','));
      expect(lines).toHaveLength(33);
      expect(lines[1]).toMatch(
        /^1\.1\.1,1,1\.1,以目标为导向的城市愿景和战略,Goal-oriented city vision and strategy,/,
      );
    });

    it('is not given to a respondent, who does not see results', async () => {
      const respondent = (await signedInAs(server, 'respondent', organisationId)).client;
      expect((await respondent.download(`${base(submitted)}/results.csv`)).status).toBe(403);
    });
  });

  describe('results as JSON', () => {
    it('is a citymaturity/results@1 document valid against its schema', async () => {
      const r = await admin.get<ResultsDocument>(`${base(submitted)}/results.json`);
      expect(r.status).toBe(200);
      expect(resultsDocumentSchema.safeParse(r.body).success).toBe(true);
      expect(r.body.format).toBe(resultsFormatTag);
      expect(r.body.characteristics).toHaveLength(32);
      expect(r.body.assessment).toMatchObject({
        id: submitted,
        status: 'submitted',
        audited: false,
      });
      expect(r.body.city).toMatchObject({ name_en: 'Open City', country: 'CN' });
    });

    it('records the download in the audit log', async () => {
      await admin.get(`${base(submitted)}/results.json`);
      const log = await server.database.pool.query<{ n: string }>(
        "select count(*) as n from audit_log where organisation_id = $1 and action = 'results.export'",
        [organisationId],
      );
      expect(Number(log.rows[0]?.n)).toBeGreaterThan(0);
    });
  });

  describe('importing the exchange format', () => {
    let exported: AssessmentDocument;
    beforeAll(async () => {
      exported = (await admin.get<AssessmentDocument>(`${base(submitted)}/export`)).body;
    });

    it('imports an exported assessment as a new draft with the same answers', async () => {
      const r = await admin.post<Imported>(importPath(), { document: exported });
      expect(r.status).toBe(201);
      expect([r.body.assessment.status, r.body.assessment.method]).toEqual([
        'draft',
        'single-stakeholder',
      ]);
      const again = await admin.get<AssessmentDocument>(`${base(r.body.assessment.id)}/export`);
      expect(again.body.respondents.map((x) => x.ratings)).toEqual(
        exported.respondents.map((x) => x.ratings),
      );
    });

    it('says that the respondents of an imported document came in by import', async () => {
      const r = await admin.post<Imported>(importPath(), { document: exported });
      const read = await admin.get<Imported['assessment']>(base(r.body.assessment.id));
      expect(r.body.assessment.respondents.map((x) => x.source)).toEqual(['import']);
      expect(read.body.respondents.map((x) => x.source)).toEqual(['import']);
    });

    it('names a respondent by its name, not its id, in the warning of unanswered characteristics', async () => {
      const [team] = exported.respondents;
      if (!team) throw new Error('no respondent');
      const ratings = Object.fromEntries(
        Object.entries(team.ratings).filter(([id]) => id !== '1.1.1'),
      );
      const r = await admin.post<Imported>(importPath(), {
        document: { ...exported, respondents: [{ ...team, ratings }] },
      });
      const warning = r.body.warnings.find((w) => w.code === 'unrated-characteristics');
      expect(warning?.message.en).toContain('respondent “Team”');
      expect(warning?.message.zh).toContain('答卷人“Team”');
      expect(JSON.stringify(warning?.message)).not.toContain(team.id);
    });

    it('imports YAML text', async () => {
      const r = await admin.post<Imported>(importPath(), { document: stringify(exported) });
      expect(r.status).toBe(201);
    });

    it('refuses a document with problems, naming each path, and stores nothing', async () => {
      const before = await server.database.pool.query('select count(*) from assessments');
      const bad = {
        ...exported,
        respondents: [
          { id: 'r1', group: 'pirates', ratings: { '1.1.1': { current: 9 }, '9.9': {} } },
        ],
      };
      const r = await admin.post<ImportError>(importPath(), { document: bad });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('exchange-invalid');
      expect(r.body.error.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['respondents[0].ratings["1.1.1"].current']),
      );
      const after = await server.database.pool.query('select count(*) from assessments');
      expect(after.rows).toEqual(before.rows);
    });

    it('refuses a stakeholder group the organisation does not have', async () => {
      const document = {
        ...exported,
        groups: [{ id: 'pirates', name: '海盗' }],
        respondents: [{ ...exported.respondents[0], group: 'pirates' }],
      };
      const r = await admin.post<ImportError>(importPath(), { document });
      expect(r.status).toBe(422);
      expect(r.body.error.problems).toMatchObject([
        { path: 'respondents[0].group', code: 'unknown-group' },
      ]);
    });

    it('refuses a method the platform does not run', async () => {
      const r = await admin.post<ImportError>(importPath(), {
        document: { ...exported, method: 'external-audit' },
      });
      expect(r.body.error.problems).toMatchObject([{ path: 'method', code: 'method' }]);
    });

    it('lists exactly the methods the import accepts, whatever the method found', async () => {
      const accepted = 'single-stakeholder, multi-stakeholder, facilitated-workshop';
      for (const method of ['telepathy', 'external-audit']) {
        const r = await admin.post<ImportError>(importPath(), {
          document: { ...exported, method },
        });
        const problem = r.body.error.problems.find((p) => p.code === 'method');
        expect(problem?.message.en).toBe(
          `the method must be one of: ${accepted} (found "${method}")`,
        );
      }
    });

    it('is not open to a viewer', async () => {
      const viewer = (await signedInAs(server, 'viewer', organisationId)).client;
      expect((await viewer.post(importPath(), { document: exported })).status).toBe(403);
    });
  });
});
