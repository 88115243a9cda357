import { databaseKinds } from '@citymaturity/db/test-support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentThroughApi } from '../test-support/cycles-fixtures.js';
import { fullAnswers } from '../test-support/fixtures.js';
import {
  benefitLinkFixture,
  benefitNodeFixture,
  initiativeFixture,
  kpiActualFixture,
  kpiFixture,
} from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const content = Buffer.from(await response.arrayBuffer());
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as plain values (dates as YYYY-MM-DD), the header first. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));
  });
  return rows;
}

describe.each(databaseKinds)('the roadmap and benefits workbooks on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let viewer: ApiClient;
  const programme = () => `/api/v1/organisations/${organisationId}/programme`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Workbook City')).id;
    const admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    const answers = fullAnswers(server);
    await assessmentThroughApi(admin, organisationId, 'Baseline', '2026-03-01', answers);
    await initiativeFixture(server, organisationId, {
      title: 'Open data platform',
      quickWin: true,
    });
    const initiativeNode = await benefitNodeFixture(server, organisationId, 'initiative', 'Portal');
    const output = await benefitNodeFixture(server, organisationId, 'output', 'Datasets published');
    await benefitLinkFixture(server, organisationId, initiativeNode, output);
    const kpiId = await kpiFixture(server, organisationId);
    await kpiActualFixture(server, organisationId, kpiId, '2026-07-01', 24);
    const other = (await createTestOrganisation(server, 'Other City')).id;
    await initiativeFixture(server, other, { title: 'Their secret initiative' });
    await kpiFixture(server, other);
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the roadmap workbook', () => {
    let response: Response;
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      response = await viewer.download(`${programme()}/roadmap.xlsx?lang=en`);
      workbook = await workbookOf(response);
    });

    it('is an XLSX attachment named by date and language', () => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(xlsxType);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="citymaturity-roadmap-\d{4}-\d{2}-\d{2}-en\.xlsx"$/,
      );
    });

    it('has the about, initiatives, lifts, comparison and budget sheets', () => {
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        'About',
        'Initiatives',
        'Characteristics lifted',
        'Against the assessment',
        'Budgets',
      ]);
    });

    it('lists the initiatives with phase, dates, owner, budget, quick win, components and lifts', () => {
      expect(rowsOf(workbook.getWorksheet('Initiatives'))).toEqual([
        [
          'Phase',
          'Title',
          'Description',
          'Starts',
          'Ends',
          'Owner',
          'Budget',
          'Currency',
          'Quick win',
          'ISO 37106 components',
          'Characteristics lifted (target level)',
        ],
        [
          'Implementation',
          'Open data platform',
          null,
          '2026-01-01',
          '2026-12-31',
          'CIO',
          1000000,
          'CNY',
          'Yes',
          'B7',
          '1.1.1 → 3',
        ].map((v) => (v === null ? undefined : v)),
      ]);
    });

    it('freezes the header row of every sheet', () => {
      for (const sheet of workbook.worksheets)
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('gives the columns widths', () => {
      expect(workbook.getWorksheet('Initiatives')?.getColumn(2).width).toBe(36);
    });

    it('compares every characteristic with the latest submitted assessment', () => {
      const rows = rowsOf(workbook.getWorksheet('Against the assessment'));
      expect(rows).toHaveLength(33);
      // fullAnswers: 1.1.1 is current 3, target 4; the initiative aims for 3.
      expect(rows[1]?.slice(0, 7)).toEqual([
        '1.1.1',
        expect.any(String),
        3,
        4,
        3,
        3,
        'Roadmap below target',
      ]);
    });

    it("holds nothing of another organisation's roadmap", () => {
      const text = JSON.stringify(workbook.worksheets.map(rowsOf));
      expect(text).not.toContain('Their secret initiative');
    });

    it("is in the request's language without ?lang", async () => {
      const zh = (await signedInAs(server, 'viewer', organisationId, 'zh')).client;
      const r = await zh.download(`${programme()}/roadmap.xlsx`);
      expect(r.headers.get('content-disposition')).toMatch(/-zh\.xlsx"$/);
      const sheet = (await workbookOf(r)).getWorksheet('举措');
      expect(rowsOf(sheet)[0]?.slice(0, 2)).toEqual(['阶段', '名称']);
      expect(rowsOf(sheet)[1]?.[0]).toBe('实施');
    });
  });

  it('records each download in the audit log', async () => {
    const rows = await server.database.pool.query<{ action: string; details: { lang: string } }>(
      "select action, details from audit_log where organisation_id = $1 and action like 'programme.%.export' order by id",
      [organisationId],
    );
    expect(rows.rows.map((r) => [r.action, r.details.lang])).toContainEqual([
      'programme.roadmap.export',
      'en',
    ]);
  });

  describe('the benefits workbook', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      const r = await viewer.download(`${programme()}/benefits.xlsx?lang=en`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-disposition')).toMatch(/citymaturity-benefits-.*-en\.xlsx"$/);
      workbook = await workbookOf(r);
    });

    it('has the about, KPI, trajectory, actual value, node and arrow sheets', () => {
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        'About',
        'KPIs',
        'Trajectories',
        'Actual values',
        'Benefit map nodes',
        'Benefit map arrows',
      ]);
    });

    it('lists the KPIs with baseline, criterion, trajectory, latest actual and status', () => {
      const [header, row] = rowsOf(workbook.getWorksheet('KPIs'));
      expect(header?.slice(0, 4)).toEqual(['KPI', 'Unit', 'Indicator', 'Direction']);
      expect(row).toEqual([
        'Renewable share',
        '%',
        'ISO 37120 7.1',
        'Higher is better',
        20,
        '2026-01-01',
        '30 % by 2027',
        '2027-01-01: 30',
        'Energy office',
        undefined,
        // Expected 20 + 10 × 181/365 ≈ 24.96 on 2026-07-01, tolerance 0.5: 24 is off track.
        'Off track',
        '2026-07-01',
        24,
        expect.closeTo(20 + (10 * 181) / 365, 10),
      ]);
    });

    it('gives the planned points and the actual values one per row', () => {
      expect(rowsOf(workbook.getWorksheet('Trajectories')).slice(1)).toEqual([
        ['Renewable share', '2026-01-01', 20, 'Baseline'],
        ['Renewable share', '2027-01-01', 30, 'Milestone'],
      ]);
      expect(rowsOf(workbook.getWorksheet('Actual values')).slice(1)).toEqual([
        ['Renewable share', '2026-07-01', 24],
      ]);
    });

    it('gives the benefit map as tables of nodes and arrows', () => {
      const nodes = rowsOf(workbook.getWorksheet('Benefit map nodes'));
      expect(nodes.slice(1).map((r) => [r[1], r[2]])).toEqual([
        ['Initiative', 'Portal'],
        ['Output', 'Datasets published'],
      ]);
      const arrows = rowsOf(workbook.getWorksheet('Benefit map arrows'));
      expect(arrows.slice(1).map((r) => r.slice(0, 4))).toEqual([
        ['Portal', 'Initiative', 'Datasets published', 'Output'],
      ]);
    });

    it('freezes the header row of every sheet', () => {
      for (const sheet of workbook.worksheets)
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });
  });
});
