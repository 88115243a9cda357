import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { columnLetter, diagnosticFormLayout, formColumns, formText } from '@citymaturity/core';
import { everyAnswer, fillForm } from '@citymaturity/server/exchange-test-support';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { badAnswers, xlsxFile } from './exchange-setup.js';
import { startWebServer } from './web-server.js';

/** An XLSX file is a ZIP archive with the parts of a workbook. */
function expectXlsx(bytes: Buffer) {
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(bytes.includes('[Content_Types].xml')).toBe(true);
  expect(bytes.includes('xl/workbook.xml')).toBe(true);
}

/**
 * Spreadsheet and open-data exchange in real Chromium, as a city's administrator: the blank form
 * on the model page, the form of an assessment downloaded, filled in (with exceljs, as a person
 * does in a spreadsheet) and imported through the page (refused with its row errors, then
 * imported), the results as CSV, the whole assessment re-imported as a new draft, a new
 * assessment started from forms, and the organisation's backup. The tests run in order.
 */
describe('exchange in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let organisationUrl = '';
  let assessmentUrl = '';
  let form: Buffer = Buffer.alloc(0);
  let api: ApiClient;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    api = new ApiClient(server.url);
    await api.signIn('demo@citymaturity.example', 'demo-city-2026');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  /** Clicks a download link and returns the file's name and bytes. */
  async function download(link: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([link.page().waitForEvent('download'), link.click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  const card = () => page.locator('section[aria-labelledby="exchange-card-title"]');
  const apiPath = () => `/api/v1${new URL(assessmentUrl).pathname}`;

  it('offers the blank diagnostic form on the model page, without signing in', async () => {
    const anonymous = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    try {
      const model = await anonymous.newPage();
      await model.goto(`${server.url}/model`);
      const file = await download(
        model.getByRole('link', { name: 'Blank form in Chinese (XLSX)' }),
      );
      expect(file.name).toMatch(/^citymaturity-diagnostic-form-mmssc-.*-zh\.xlsx$/);
      expectXlsx(file.bytes);
    } finally {
      await anonymous.close();
    }
  });

  it('creates a multi-stakeholder assessment and downloads its form in English', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill('demo@citymaturity.example');
    await page.getByRole('textbox', { name: 'Password' }).fill('demo-city-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Example City/ }).waitFor();
    organisationUrl = page.url();
    const create = page.locator('section[aria-labelledby="new-assessment"]');
    await create.getByRole('textbox', { name: 'Title' }).fill('Paper forms 2026');
    await create.getByRole('radio', { name: 'Multiple stakeholder views' }).check();
    await create.getByRole('button', { name: 'Create and invite stakeholders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    assessmentUrl = page.url().replace(/\/stakeholders$/, '');
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { level: 1, name: 'Paper forms 2026' }).waitFor();
    const file = await download(card().getByRole('link', { name: 'Form in English (XLSX)' }));
    expect(file.name).toMatch(/-en\.xlsx$/);
    expectXlsx(file.bytes);
    form = file.bytes;
  });

  it('refuses a form with a wrong level, naming its row and cell, and stores nothing', async () => {
    const before = await api.get<{ respondents: unknown[] }>(apiPath());
    const bad = await fillForm(form, {
      name: 'Bob Stone',
      group: 'Residents',
      date: '2026-11-03',
      answers: badAnswers(server),
    });
    const good = await fillForm(form, {
      name: 'Ann Lee',
      group: 'Academia',
      date: '2026-11-02',
      answers: everyAnswer(server),
    });
    await card()
      .locator('input[type=file]')
      .setInputFiles([xlsxFile('bob-stone.xlsx', bad), xlsxFile('ann-lee.xlsx', good)]);
    await card().getByRole('button', { name: 'Import 2 forms' }).click();
    const alert = card().locator('.cm-ex-outcome .ant-alert-error');
    await alert.getByText('The forms have 1 error: nothing was imported').waitFor();

    // The row of 1.1.1 and the column of the current level, as the form lays them out.
    const model = server.ctx.models.get('mmssc');
    if (!model) throw new Error('no model');
    const row = diagnosticFormLayout(model, { lang: 'en' }).sheets[0].cells.find(
      (c) => c.kind === 'id' && c.value === '1.1.1',
    )?.row;
    const column = columnLetter(formColumns(model.levels.length).current);
    expect(await alert.locator('li').allTextContents()).toEqual([
      `Error Sheet ${formText.sheetName.en}, row ${String(row)}, column ${column} (cell ${column}${String(row)}): characteristic 1.1.1, current level: 7 is not a level (a whole number from 1 to 5, “Don’t know”, or empty)`,
      expect.stringMatching(
        /^Warning .*1 characteristic\(s\) not answered \(current level\): 1\.1\.1$/,
      ),
    ]);
    await alert.getByText('No problem in ann-lee.xlsx.').waitFor();
    await expectNoAxeViolations(page, 'assessment page with the problems of filled forms');
    const after = await api.get<{ respondents: unknown[] }>(apiPath());
    expect(after.body.respondents).toHaveLength(before.body.respondents.length);
  });

  it('imports the corrected forms and lists the respondents they added', async () => {
    const blankZh = await download(card().getByRole('link', { name: 'Form in Chinese (XLSX)' }));
    expectXlsx(blankZh.bytes);
    const zhForm = await fillForm(blankZh.bytes, {
      name: '王敏',
      group: '居民',
      date: '2026-11-01',
      answers: everyAnswer(server),
    });
    await card().getByRole('button', { name: 'Remove bob-stone.xlsx from the list' }).click();
    await card()
      .locator('input[type=file]')
      .setInputFiles([xlsxFile('王敏.xlsx', zhForm)]);
    await card().getByRole('button', { name: 'Import 2 forms' }).click();
    await card().getByText('2 responses imported').waitFor();
    const rows = card().locator('table tbody tr');
    expect(await rows.allInnerTexts()).toEqual([
      'Ann Lee\tAcademia\tann-lee.xlsx\t32 of 32 characteristics',
      '王敏\tResidents\t王敏.xlsx\t32 of 32 characteristics',
    ]);
    // They stay in view, below the import: neither members' responses nor invitations.
    const paper = card().getByRole('list', { name: 'Responses from paper forms (2)' });
    expect(await paper.locator('.cm-ex-paper-name').allTextContents()).toEqual([
      'Ann Lee · Academia',
      '王敏 · Residents',
    ]);
    const stored = await api.get<{ respondents: { name: string; stakeholderGroup: string }[] }>(
      apiPath(),
    );
    expect(stored.body.respondents.map((r) => [r.name, r.stakeholderGroup])).toEqual(
      expect.arrayContaining([
        ['Ann Lee', 'academia'],
        ['王敏', 'residents'],
      ]),
    );
  });

  it('downloads the results as CSV with a BOM and one row per characteristic', async () => {
    const file = await download(card().getByRole('link', { name: 'Results (CSV)' }));
    expect(file.name).toMatch(/^citymaturity-results-.*\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 32);
    expect(lines[1]).toMatch(/^1\.1\.1,/);
  });

  it('imports the whole assessment (JSON) on the organisation page as a new draft', async () => {
    const file = await download(card().getByRole('link', { name: 'The whole assessment (JSON)' }));
    const document = JSON.parse(file.bytes.toString('utf8')) as {
      format: string;
      respondents: { id: string; name: string }[];
    };
    expect(document.format).toBe('citymaturity/assessment@1');
    const [own] = document.respondents;
    await page.goto(organisationUrl);
    const block = page.locator('section[aria-labelledby="import"] .cm-ex-block').nth(1);
    await block
      .locator('input[type=file]')
      .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await block.getByRole('button', { name: 'Import the assessment' }).click();
    // The member's own response was never answered: a warning naming it (not by its id), then
    // the way on.
    await block.getByText('"Paper forms 2026" has been created as a draft.').waitFor();
    const warnings = await block.locator('.cm-ex-problem-list li').allTextContents();
    expect(warnings).toEqual([
      expect.stringMatching(/^Warning Line \d+, at respondents\[0\]: .* has not answered 32/),
    ]);
    expect(warnings[0]).toContain(`respondent “${own?.name ?? ''}” has not answered`);
    expect(warnings[0]).not.toContain(own?.id ?? '');
    await block.getByRole('link', { name: 'Open "Paper forms 2026"' }).click();
    await page.waitForURL((url) => /\/assessments\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(page.url()).not.toBe(assessmentUrl);
    await page.getByRole('heading', { level: 1, name: 'Paper forms 2026' }).waitFor();
    const copy = await api.get<{ status: string; respondents: { name: string }[] }>(
      `/api/v1${new URL(page.url()).pathname}`,
    );
    expect(copy.body.status).toBe('draft');
    expect(copy.body.respondents.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Ann Lee', '王敏']),
    );
    // The API says they came from a file: listed as such, not as paper forms.
    const imported = card().getByRole('list', {
      name: 'Responses from an imported assessment file (3)',
    });
    await imported.waitFor();
    expect(await imported.locator('.cm-ex-paper-name').allTextContents()).toEqual(
      expect.arrayContaining(['Ann Lee · Academia', '王敏 · Residents']),
    );
    expect(
      await card()
        .getByRole('list', { name: /Responses? from paper forms/ })
        .count(),
    ).toBe(0);
  });

  it('starts a new assessment from filled forms on the organisation page', async () => {
    await page.goto(organisationUrl);
    const section = page.locator('section[aria-labelledby="import"]');
    await section
      .getByRole('textbox', { name: 'Assessment name (optional)' })
      .fill('From the paper forms');
    await section
      .getByRole('combobox', { name: 'Evidence method' })
      .selectOption('multi-stakeholder');
    const forms = await Promise.all(
      ['Chen Jie', 'Dana Fox'].map((name) =>
        fillForm(form, { name, group: 'Residents', answers: everyAnswer(server) }),
      ),
    );
    await section
      .locator('input[type=file]')
      .first()
      .setInputFiles(forms.map((f, i) => xlsxFile(`form-${String(i + 1)}.xlsx`, f)));
    await section.getByRole('button', { name: 'Start the assessment from 2 forms' }).click();
    await page.getByRole('heading', { level: 1, name: 'From the paper forms' }).waitFor();
    const created = await api.get<{ method: string; respondents: { name: string }[] }>(
      `/api/v1${new URL(page.url()).pathname}`,
    );
    expect(created.body.method).toBe('multi-stakeholder');
    expect(created.body.respondents.map((r) => r.name).sort()).toEqual(['Chen Jie', 'Dana Fox']);
    const paper = card().getByRole('list', { name: 'Responses from paper forms (2)' });
    await paper.waitFor();
    expect((await paper.locator('.cm-ex-paper-name').allTextContents()).sort()).toEqual([
      'Chen Jie · Residents',
      'Dana Fox · Residents',
    ]);
  });

  it('downloads the backup of the organisation', async () => {
    await page.goto(organisationUrl);
    const file = await download(
      page.getByRole('link', { name: 'Download the backup (.jsonl.gz)' }),
    );
    expect(file.name).toMatch(/^citymaturity-backup-.*\.jsonl\.gz$/);
    const [first] = gunzipSync(file.bytes).toString('utf8').split('\n');
    expect(JSON.parse(first ?? '{}')).toMatchObject({
      format: 'citymaturity/backup@1',
      credentials: false,
    });
  });
});
