import { diagnosticFormFormatTag, type FormProblem } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFormWorkbook } from '../spreadsheet/read-form-workbook.js';
import {
  createDraftFixture,
  everyAnswer,
  fillForm,
  filledModelForm,
  formsUpload,
} from '../test-support/exchange-fixtures.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

interface Imported {
  respondents: {
    id: string;
    name: string;
    group: string | null;
    file: string;
    answered: number;
    source: string;
  }[];
  warnings: FormProblem[];
}
interface Detail {
  id: string;
  respondents: { id: string; name: string; source: string }[];
}
interface ImportError {
  error: { code: string; message: string; errors?: number; problems?: FormProblem[] };
}

describe.each(databaseKinds)('diagnostic forms on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  const base = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const download = async (path: string, client: ApiClient) => {
    const response = await client.download(path);
    return { response, content: Buffer.from(await response.arrayBuffer()) };
  };
  const respondentCount = async (assessmentId: string) =>
    (await repositories.listRespondents(server.database.db, { organisationId }, assessmentId))
      .length;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Form City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    await repositories.createOwnStakeholderGroup(
      server.database.db,
      { organisationId },
      {
        key: 'planners',
        nameZh: '规划师',
        nameEn: 'Planners',
      },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the blank form of the model', () => {
    it('is an XLSX file anyone can download, in Chinese', async () => {
      const { response, content } = await download(
        '/api/v1/models/mmssc/diagnostic-form.xlsx?lang=zh',
        new ApiClient(server.url),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const grid = await readFormWorkbook(content);
      expect(grid.sheets.map((s) => s.name)).toEqual(['诊断表', '_citymaturity']);
      expect(grid.sheets[0]?.rows[6]).toContain('现在水平');
      expect(grid.sheets[1]?.rows[0]).toEqual(['format', diagnosticFormFormatTag]);
    });

    it('is in English when asked', async () => {
      const { content } = await download(
        '/api/v1/models/mmssc/diagnostic-form.xlsx?lang=en',
        new ApiClient(server.url),
      );
      const grid = await readFormWorkbook(content);
      expect(grid.sheets[0]?.rows[6]).toEqual(
        expect.arrayContaining(['Current level', 'Level planned in two years']),
      );
    });

    it('does not exist for a pack that is not a maturity model', async () => {
      const r = await new ApiClient(server.url).get('/api/v1/models/scom/diagnostic-form.xlsx');
      expect(r.status).toBe(404);
    });
  });

  describe("an assessment's form", () => {
    it("carries the assessment and offers the organisation's own groups", async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const { response, content } = await download(
        `${base(assessmentId)}/diagnostic-form.xlsx?lang=en`,
        admin,
      );
      expect(response.status).toBe(200);
      const meta = (await readFormWorkbook(content)).sheets[1]?.rows ?? [];
      expect(meta[4]).toEqual(['assessment', assessmentId]);
      expect(meta.map((r) => r[1])).toContain('Planners');
    });

    it('is not shown to someone outside the organisation', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const other = (await createTestOrganisation(server, 'Other Form City')).id;
      const stranger = (await signedInAs(server, 'org_admin', other)).client;
      const r = await stranger.download(`${base(assessmentId)}/diagnostic-form.xlsx`);
      expect(r.status).toBe(404);
    });
  });

  describe('importing filled forms', () => {
    it('adds each form as a respondent with its answers, in either language', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const zh = await filledModelForm(server, 'zh', { group: '规划师' });
      const en = await filledModelForm(server, 'en', {
        answers: { ...everyAnswer(server), '1.1.1': ['Don’t know', 3, 'Council minutes'] },
      });
      const r = await admin.post<Imported>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([
          { name: '王敏.xlsx', content: zh },
          { name: 'ann.xlsx', content: en },
        ]),
      );
      expect(r.status).toBe(201);
      expect(r.body.respondents.map((p) => [p.name, p.group, p.file, p.answered])).toEqual([
        ['王敏', 'planners', '王敏.xlsx', 32],
        ['Ann Lee', 'residents', 'ann.xlsx', 32],
      ]);
      const ann = r.body.respondents[1]?.id ?? '';
      const response = await repositories.getResponse(server.database.db, { organisationId }, ann);
      const rating = response.ratings.find((x) => x.characteristicId === '1.1.1');
      expect([rating?.current, rating?.target]).toEqual(['unknown', 3]);
      expect(response.evidence.map((e) => [e.kind, e.body])).toEqual([['text', 'Council minutes']]);
    });

    it('says the respondents of forms came in on paper, the one made on the platform not', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const r = await admin.post<Imported>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([
          { name: 'a.xlsx', content: await filledModelForm(server, 'zh') },
          { name: 'b.xlsx', content: await filledModelForm(server, 'en') },
        ]),
      );
      const read = await admin.get<Detail>(base(assessmentId));
      expect(r.body.respondents.map((p) => p.source)).toEqual(['paper-form', 'paper-form']);
      expect(read.body.respondents.map((p) => p.source)).toEqual([
        'member',
        'paper-form',
        'paper-form',
      ]);
    });

    it('keeps the team response a member one when a form fills it in', async () => {
      const created = await admin.post<Detail>(
        `/api/v1/organisations/${organisationId}/assessments`,
        {
          title: 'Team on paper',
          date: '2026-11-01',
        },
      );
      const r = await admin.post<Imported>(
        `${base(created.body.id)}/diagnostic-forms`,
        formsUpload([{ name: 'team.xlsx', content: await filledModelForm(server, 'en') }]),
      );
      const read = await admin.get<Detail>(base(created.body.id));
      expect([r.body.respondents[0]?.source, read.body.respondents[0]?.source]).toEqual([
        'member',
        'member',
      ]);
    });

    it('chains the import so that the verification replays it', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      await admin.post(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'a.xlsx', content: await filledModelForm(server, 'zh') }]),
      );
      const v = await admin.get<{ ok: boolean; answers: { ok: boolean } }>(
        `${base(assessmentId)}/verification`,
      );
      expect([v.status, v.body.ok, v.body.answers.ok]).toEqual([200, true, true]);
    });

    it('lists every problem by file, sheet, row and column, and imports nothing', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const good = await filledModelForm(server, 'en');
      const bad = await filledModelForm(server, 'zh', {
        name: null,
        group: '海盗',
        answers: { ...everyAnswer(server), '1.2.1': [7, 2], '2.1.1': ['很好', 3] },
      });
      const r = await admin.post<ImportError>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([
          { name: 'good.xlsx', content: good },
          { name: 'bad.xlsx', content: bad },
        ]),
      );
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('forms-invalid');
      const errors = (r.body.error.problems ?? []).filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.file, p.sheet, p.cell, p.code])).toEqual([
        ['bad.xlsx', '诊断表', 'C3', 'form-missing-name'],
        ['bad.xlsx', '诊断表', 'C4', 'form-unknown-group'],
        ['bad.xlsx', '诊断表', expect.stringMatching(/^H\d+$/), 'form-bad-level'],
        ['bad.xlsx', '诊断表', expect.stringMatching(/^H\d+$/), 'form-bad-level'],
      ]);
      expect(errors[2]?.message.en).toContain('characteristic 1.2.1, current level: 7');
      expect(await respondentCount(assessmentId)).toBe(1);
    });

    it('gives the error message in the language of the request', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const zhAdmin = (await signedInAs(server, 'org_admin', organisationId, 'zh')).client;
      const r = await zhAdmin.post<ImportError>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'x.xlsx', content: Buffer.from('not a workbook') }]),
      );
      expect(r.status).toBe(422);
      expect(r.body.error.message).toContain('未导入任何内容');
      expect(r.body.error.problems?.[0]).toMatchObject({ file: 'x.xlsx', code: 'form-unreadable' });
    });

    it('refuses a form made for another assessment', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const other = await createDraftFixture(server, organisationId);
      const { content } = await download(`${base(other.assessmentId)}/diagnostic-form.xlsx`, admin);
      const filled = await fillForm(content, { name: 'Ann', answers: everyAnswer(server) });
      const r = await admin.post<ImportError>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'a.xlsx', content: filled }]),
      );
      expect(r.body.error.problems?.map((p) => p.code)).toEqual(['form-other-assessment']);
    });

    it('fills in the team response of a single-stakeholder draft with one form', async () => {
      const f = await createAssessmentFixture(server, organisationId);
      const r = await admin.post<Imported>(
        `${base(f.assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'team.xlsx', content: await filledModelForm(server, 'en') }]),
      );
      expect([r.status, r.body.respondents[0]?.id]).toEqual([201, f.respondentId]);
      expect(await respondentCount(f.assessmentId)).toBe(1);
    });

    it('refuses several forms for a single-stakeholder draft', async () => {
      const f = await createAssessmentFixture(server, organisationId);
      const form = { name: 'a.xlsx', content: await filledModelForm(server, 'en') };
      const r = await admin.post<ImportError>(
        `${base(f.assessmentId)}/diagnostic-forms`,
        formsUpload([form, form]),
      );
      expect([r.status, r.body.error.code]).toEqual([409, 'forms-single-stakeholder']);
    });

    it('refuses forms for a submitted assessment', async () => {
      const f = await createAssessmentFixture(server, organisationId, { submitted: true });
      const r = await admin.post<ImportError>(
        `${base(f.assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'a.xlsx', content: await filledModelForm(server, 'en') }]),
      );
      expect([r.status, r.body.error.code]).toEqual([409, 'assessment-not-draft']);
    });

    it('refuses more than 20 files, and a file over 2 MB', async () => {
      const { assessmentId } = await createDraftFixture(server, organisationId);
      const small = { name: 'a.xlsx', content: Buffer.from('x') };
      const many = await admin.post<ImportError>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload(Array.from({ length: 21 }, () => small)),
      );
      const large = await admin.post<ImportError>(
        `${base(assessmentId)}/diagnostic-forms`,
        formsUpload([{ name: 'big.xlsx', content: Buffer.alloc(2 * 1024 * 1024 + 1) }]),
      );
      expect([many.status, many.body.error.code]).toEqual([400, 'forms-too-many']);
      expect([large.status, large.body.error.code]).toEqual([413, 'form-too-large']);
      expect(large.body.error.message).toContain('big.xlsx');
    });
  });

  describe('starting an assessment from forms', () => {
    it('creates a multi-stakeholder draft with one respondent per form', async () => {
      const r = await admin.post<{ assessment: { id: string; method: string; title: string } }>(
        `/api/v1/organisations/${organisationId}/diagnostic-forms`,
        formsUpload(
          [
            { name: 'a.xlsx', content: await filledModelForm(server, 'zh') },
            { name: 'b.xlsx', content: await filledModelForm(server, 'en') },
          ],
          { title: 'Paper round 2026' },
        ),
      );
      expect(r.status).toBe(201);
      expect([r.body.assessment.method, r.body.assessment.title]).toEqual([
        'multi-stakeholder',
        'Paper round 2026',
      ]);
      expect(await respondentCount(r.body.assessment.id)).toBe(2);
    });

    it('says every respondent of an assessment started from forms came in on paper', async () => {
      const r = await admin.post<{ assessment: Detail }>(
        `/api/v1/organisations/${organisationId}/diagnostic-forms`,
        formsUpload([
          { name: 'a.xlsx', content: await filledModelForm(server, 'zh') },
          { name: 'b.xlsx', content: await filledModelForm(server, 'en') },
        ]),
      );
      expect(r.body.assessment.respondents.map((p) => p.source)).toEqual([
        'paper-form',
        'paper-form',
      ]);
    });

    it('names a bad field of the new assessment', async () => {
      const r = await admin.post<{ error: { issues: { path: string }[] } }>(
        `/api/v1/organisations/${organisationId}/diagnostic-forms`,
        formsUpload([{ name: 'a.xlsx', content: await filledModelForm(server, 'zh') }], {
          method: 'telepathy',
        }),
      );
      expect(r.status).toBe(400);
      expect(r.body.error.issues.map((i) => i.path)).toEqual(['body.method']);
    });
  });
});
