import { databaseKinds } from '@citymaturity/db/test-support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewFixture, riskFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(databaseKinds)('programme reviews workbook download on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let viewer: ApiClient;
  const path = () => `/api/v1/organisations/${organisationId}/programme/reviews.xlsx`;
  const workbookOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer,
    );
    return workbook;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Export City')).id;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    await reviewFixture(server, organisationId);
    await riskFixture(server, organisationId);
    const other = (await createTestOrganisation(server, 'Other City')).id;
    await riskFixture(server, other);
  });
  afterAll(async () => {
    await server.close();
  });

  it("downloads the organisation's reviews and risks as an XLSX attachment", async () => {
    const r = await viewer.download(`${path()}?lang=en`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="citymaturity-programme-reviews-\d{4}-\d{2}-\d{2}-en\.xlsx"$/,
    );
    const workbook = await workbookOf(r);
    const factors = workbook.getWorksheet('Key success factors');
    expect(factors?.getCell(1, 5).value).toBe('2026-01-15\nProgramme board');
    expect(factors?.getCell(3, 5).value).toBe('Green');
    // Only this organisation's risk: one row under the header.
    expect(workbook.getWorksheet('Risk register')?.rowCount).toBe(2);
  });

  it("is in the request's language without ?lang", async () => {
    const zh = (await signedInAs(server, 'viewer', organisationId, 'zh')).client;
    const r = await zh.download(path());
    expect(r.headers.get('content-disposition')).toMatch(/-zh\.xlsx"$/);
    expect((await workbookOf(r)).worksheets[0]?.name).toBe('关键成功因素评审');
  });

  it('records the download in the audit log', async () => {
    await viewer.download(`${path()}?lang=en`);
    const rows = await server.database.pool.query<{ details: { lang: string; risks: number } }>(
      `select details from audit_log where organisation_id = $1 and action = 'programme.reviews.export' order by id desc limit 1`,
      [organisationId],
    );
    expect(rows.rows[0]?.details).toMatchObject({ lang: 'en', risks: 1 });
  });
});
