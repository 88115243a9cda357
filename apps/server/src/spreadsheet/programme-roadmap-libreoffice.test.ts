import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benefitNodeFixture,
  initiativeFixture,
  kpiActualFixture,
  kpiFixture,
} from '../test-support/programme-roadmap-fixtures.js';
import { stakeholderFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

// A real spreadsheet must open the roadmap, benefits and stakeholder register workbooks:
// LibreOffice (headless) converts them to CSV, Chinese intact. One LibreOffice start for the six
// files (~3 s).

const run = promisify(execFile);

describe('the roadmap, benefits and stakeholder workbooks through LibreOffice', () => {
  let dir: string;
  let server: TestServer;
  let texts: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cm-programme-libreoffice-'));
    server = await startTestServer('embedded');
    const organisationId = (await createTestOrganisation(server, 'Spreadsheet City')).id;
    const viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    await initiativeFixture(server, organisationId, { title: '开放数据平台' });
    await benefitNodeFixture(server, organisationId, 'outcome', '空气更清洁');
    const kpiId = await kpiFixture(server, organisationId);
    await kpiActualFixture(server, organisationId, kpiId, '2026-07-01', 26);
    await stakeholderFixture(server, organisationId, {
      name: '市交通局',
      engagementPlan: '每月例会',
    });
    const files: string[] = [];
    for (const name of ['roadmap', 'benefits', 'stakeholders'])
      for (const lang of ['zh', 'en']) {
        const r = await viewer.download(
          `/api/v1/organisations/${organisationId}/programme/${name}.xlsx?lang=${lang}`,
        );
        const file = join(dir, `${name}-${lang}.xlsx`);
        await writeFile(file, Buffer.from(await r.arrayBuffer()));
        files.push(file);
      }
    const out = join(dir, 'out');
    // Every sheet (-1), UTF-8 (76), values as stored; a profile of its own keeps concurrent runs apart.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        ...files,
      ],
      { timeout: 120_000 },
    );
    // With sheet -1 LibreOffice writes one CSV per sheet, named <file>-<sheet>.csv.
    texts = {};
    for (const csv of await readdir(out)) texts[csv] = await readFile(join(out, csv), 'utf8');
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every sheet of the Chinese roadmap, the initiative and its phase intact', () => {
    const initiatives = texts['roadmap-zh-举措.csv'] ?? '';
    expect(initiatives.split('\n')[0]).toMatch(/^阶段,名称,说明,开始日期,结束日期/);
    expect(initiatives).toContain('实施,开放数据平台');
    expect(Object.keys(texts).filter((f) => f.startsWith('roadmap-zh-'))).toHaveLength(5);
  });

  it('reads the dates and budgets of the English roadmap as values', () => {
    const initiatives = texts['roadmap-en-Initiatives.csv'] ?? '';
    expect(initiatives).toContain('2026-01-01,2026-12-31,CIO,1000000,CNY,No,B7,1.1.1 → 3');
  });

  it('reads the KPIs and the benefit map of the benefits workbook, in both languages', () => {
    expect(texts['benefits-en-KPIs.csv']).toContain(
      'Renewable share,%,ISO 37120 7.1,Higher is better',
    );
    expect(texts['benefits-zh-利益图节点.csv']).toContain('空气更清洁');
  });

  it('reads the stakeholder register with its words, in both languages', () => {
    expect(texts['stakeholders-zh-登记册与参与计划.csv']).toContain(
      '市交通局,实施者,,3 高,2 中,重点管理,参与,参与,否,每月例会',
    );
    expect(texts['stakeholders-en-Register and engagement plan.csv']).toContain(
      '市交通局,Implementers,,3 high,2 medium,Manage closely,Involve,Involve,No',
    );
    expect(Object.keys(texts).filter((f) => f.startsWith('stakeholders-zh-'))).toHaveLength(4);
  });
});
