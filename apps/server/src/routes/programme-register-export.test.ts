import { databaseKinds } from '@citymaturity/db/test-support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stakeholderFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(databaseKinds)('stakeholder register workbook download on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let viewer: ApiClient;
  let english: ExcelJS.Workbook;
  const path = () => `/api/v1/organisations/${organisationId}/programme/stakeholders.xlsx`;
  const workbookOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer,
    );
    return workbook;
  };
  const rowsOf = (sheet: string) =>
    (english.getWorksheet(sheet)?.getSheetValues() ?? [])
      .slice(2)
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Register Export City')).id;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    await stakeholderFixture(server, organisationId, { engagementPlan: 'Monthly board meeting' });
    await stakeholderFixture(server, organisationId, {
      name: 'Mayor',
      typeId: 'promoters',
      influence: 3,
      interest: 3,
      engagementLevel: 'inform',
    });
    const other = (await createTestOrganisation(server, 'Other City')).id;
    await stakeholderFixture(server, other, { name: 'Their stakeholder' });
    english = await workbookOf(await viewer.download(`${path()}?lang=en`));
  });
  afterAll(async () => {
    await server.close();
  });

  it('downloads the register as an XLSX attachment', async () => {
    const r = await viewer.download(`${path()}?lang=en`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="citymaturity-stakeholders-\d{4}-\d{2}-\d{2}-en\.xlsx"$/,
    );
    expect(english.worksheets.map((w) => w.name)).toEqual([
      'About',
      'Register and engagement plan',
      'By type',
      'Influence × interest grid',
    ]);
  });

  it("writes each of the organisation's stakeholders with its type, levels and approach in words", () => {
    const rows = rowsOf('Register and engagement plan');
    expect(rows.map((row) => row[0])).toEqual(['City transport authority', 'Mayor']);
    expect(rows[0]?.slice(0, 10)).toEqual([
      'City transport authority',
      'Implementers',
      undefined,
      '3 high',
      '2 medium',
      'Manage closely',
      'Involve',
      'Involve',
      'No',
      'Monthly board meeting',
    ]);
  });

  it('flags a stakeholder engaged less closely than its cell suggests', () => {
    const mayor = rowsOf('Register and engagement plan').find((row) => row[0] === 'Mayor');
    expect(mayor?.slice(6, 9)).toEqual(['Inform', 'Involve', 'Yes (below the suggestion)']);
  });

  it("counts every stakeholder type of the pack, by the pack's names", () => {
    const rows = rowsOf('By type');
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ['Promoters', 1],
      ['Investors', 0],
      ['Implementers', 1],
      ['Consumers', 0],
      ['External parties', 0],
    ]);
  });

  it('fills the nine cells of the grid with their approach and stakeholders', () => {
    const rows = rowsOf('Influence × interest grid');
    expect(rows).toHaveLength(9);
    expect(rows[2]).toEqual(['3 high', '3 high', 'Manage closely', 'Involve', 1, 'Mayor']);
  });

  it("is in the request's language without ?lang", async () => {
    const zh = (await signedInAs(server, 'viewer', organisationId, 'zh')).client;
    const r = await zh.download(path());
    expect(r.headers.get('content-disposition')).toMatch(/-zh\.xlsx"$/);
    const workbook = await workbookOf(r);
    const register = workbook.getWorksheet('登记册与参与计划');
    expect(register?.getRow(2).getCell(2).value).toBe('实施者');
    expect(register?.getRow(3).getCell(9).value).toBe('是（低于建议）');
  });

  it('records the download in the audit log', async () => {
    const rows = await server.database.pool.query<{
      details: { lang: string; stakeholders: number };
    }>(
      `select details from audit_log where organisation_id = $1 and action = 'programme.stakeholders.export' order by id`,
      [organisationId],
    );
    expect(rows.rows[0]?.details).toEqual({ lang: 'en', stakeholders: 2 });
  });
});
