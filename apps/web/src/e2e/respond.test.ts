import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { tinyPdf as pdf } from './respond-setup.js';
import { startWebServer } from './web-server.js';

let server: TestServer;
let browser: Browser;
let organisationId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** The demo city's administrator, signed in through the API, and the city's id. */
async function organiserClient(): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.signIn('demo@citymaturity.example', 'demo-city-2026');
  const organisations = await client.get<{ memberships: { organisation: { id: string } }[] }>(
    '/api/v1/organisations',
  );
  organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
  return client;
}

/**
 * An invited stakeholder, end to end, in real Chromium and without an account: the organiser
 * invites them through the API, they open their personal link in a fresh browser (no cookies),
 * answer with the keyboard, add a PDF, come back after a reload, say they have finished; the
 * facilitator reveals; the link then shows the results and the answers no longer change.
 */
describe('an invited stakeholder answering through their link', () => {
  let context: BrowserContext;
  let page: Page;
  let organiser: ApiClient;
  let assessmentPath = '';
  let link = '';

  beforeAll(async () => {
    organiser = await organiserClient();
    const created = await organiser.post<{ id: string }>(
      `/api/v1/organisations/${organisationId}/assessments`,
      { title: 'Stakeholder survey 2026', date: '2026-11-01', method: 'multi-stakeholder' },
    );
    expect(created.status).toBe(201);
    assessmentPath = `/api/v1/organisations/${organisationId}/assessments/${created.body.id}`;
    const invited = await organiser.post<{ link: string }>(`${assessmentPath}/invitations`, {
      name: 'Wang Fang 王芳',
      group: 'residents',
    });
    expect(invited.status).toBe(201);
    link = invited.body.link;
    // A fresh browser: no session cookie, only the link.
    context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await context.close();
  });

  it('opens the link without an account and explains how rating works', async () => {
    expect(link).toMatch(/^\/respond\/[\w-]+$/);
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${server.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'Stakeholder survey 2026' }).waitFor();
    await page.getByText('Wang Fang 王芳', { exact: true }).waitFor();
    await page.getByText('Residents', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Blind rating' }).waitFor();
    await page.getByText(/you see only your own answers/).waitFor();
    await page.getByText(/Every answer is saved as soon as you give it/).waitFor();
    expect(await page.getByText('0 of 32 characteristics answered').count()).toBe(1);
  });

  it('answers the first characteristic with the keyboard alone', async () => {
    await page.getByRole('link', { name: /Start answering/ }).click();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    const current = page.getByRole('radiogroup', { name: 'Current level' });
    await current.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await current.getByRole('radio', { name: /^Level 2/ }).isChecked()).toBe(true);
    const target = page.getByRole('radiogroup', { name: 'Level planned in two years' });
    await target.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await target.getByRole('radio', { name: /^Level 3/ }).isChecked()).toBe(true);
    await saved(page);
    await page.getByText('1 of 32 characteristics answered').first().waitFor();
  });

  it('answers a second characteristic after moving on', async () => {
    await page.getByRole('link', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.2/ }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'Current level' })
      .getByRole('radio', { name: "Don't know" })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Level planned in two years' })
      .getByRole('radio', { name: /^Level 4/ })
      .check();
    await saved(page);
    await page.getByText('2 of 32 characteristics answered').first().waitFor();
  });

  it('uploads a PDF as evidence, with its type and size listed', async () => {
    await page.getByRole('link', { name: /^Previous/ }).click();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    await page
      .getByLabel('Add a file…')
      .setInputFiles({ name: 'city plan 规划.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('link', { name: 'Download city plan 规划.pdf' }).waitFor();
    const item = page.locator('.cm-file-item').filter({ hasText: 'city plan 规划.pdf' });
    expect(await item.innerText()).toMatch(/PDF · \d+ B · .* · added by Wang Fang 王芳/);
  });

  it('refuses a file that is not what its name says, naming it', async () => {
    await page.getByLabel('Add a file…').setInputFiles({
      name: 'not-really.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('just text'),
    });
    await page.getByRole('alert').filter({ hasText: '“not-really.pdf”' }).waitFor();
    expect(await page.locator('.cm-file-item').count()).toBe(1);
  });

  it('keeps the answers and the file after a reload, and downloads the same bytes', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    const current = page.getByRole('radiogroup', { name: 'Current level' });
    expect(await current.getByRole('radio', { name: /^Level 2/ }).isChecked()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download city plan 规划.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('city plan 规划.pdf');
    expect(await readFile(await download.path())).toEqual(pdf);
  });

  it('says the answers are finished on the overview', async () => {
    await page.getByRole('link', { name: /^← Overview/ }).click();
    await page.getByText('2 of 32 characteristics answered').waitFor();
    await page.getByText(/30 characteristics are not answered yet/).waitFor();
    await page.getByRole('button', { name: 'I have finished' }).click();
    await page.getByText(/You said you had finished on/).waitFor();
    await page.getByRole('button', { name: 'Not finished after all' }).waitFor();
    const progress = await organiser.get<{ invitations: { status: string }[] }>(
      `${assessmentPath}/progress`,
    );
    expect(progress.body.invitations.map((i) => i.status)).toEqual(['completed']);
  });

  it('shows the results once the facilitator reveals them', async () => {
    const revealed = await organiser.post(`${assessmentPath}/reveal`);
    expect(revealed.status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stakeholder survey 2026' }).waitFor();
    await page.getByText('The results have been revealed').waitFor();
    for (const name of ['Summary', 'Radar chart by sub-dimension', 'Maturity matrix'])
      await page.getByRole('heading', { name, exact: true }).first().waitFor();
    await page.locator('.cm-r-page svg, .cm-r-page canvas').first().waitFor();
    expect(await page.getByRole('button', { name: 'I have finished' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Not finished after all' }).count()).toBe(0);
  });

  it('no longer lets the answers or files change after the reveal', async () => {
    await page.getByRole('link', { name: 'See your answers' }).click();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    await page.getByText(/The results have been revealed: your answers/).waitFor();
    const level2 = page
      .getByRole('radiogroup', { name: 'Current level' })
      .getByRole('radio', { name: /^Level 2/ });
    expect(await level2.isChecked()).toBe(true);
    expect(await level2.isDisabled()).toBe(true);
    expect(await page.getByLabel('Add a file…').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove the file/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Download city plan 规划.pdf' }).waitFor();
  });
});

/**
 * A member of the city's team adds a file to the team's answers in the questionnaire: it is
 * listed with who added it, survives a reload, and can be removed after confirmation.
 */
describe('a member attaching files in the questionnaire', () => {
  let context: BrowserContext;
  let page: Page;
  let questionnaire = '';

  beforeAll(async () => {
    const organiser = await organiserClient();
    const created = await organiser.post<{ id: string }>(
      `/api/v1/organisations/${organisationId}/assessments`,
      { title: '文件证据 File evidence', date: '2026-11-01' },
    );
    expect(created.status).toBe(201);
    questionnaire = `/organisations/${organisationId}/assessments/${created.body.id}/questionnaire/1.2.1`;
    context = await browser.newContext({ locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: '邮箱' }).fill('demo@citymaturity.example');
    await page.getByRole('textbox', { name: '密码' }).fill('demo-city-2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  });
  afterAll(async () => {
    await context.close();
  });

  it('lists an uploaded file with who added it, also after a reload', async () => {
    await page.goto(`${server.url}${questionnaire}`);
    await page.getByRole('heading', { level: 1, name: /^1\.2\.1/ }).waitFor();
    await page
      .getByLabel('添加文件…')
      .setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('link', { name: '下载 会议纪要.pdf' }).waitFor();
    await page.reload();
    const item = page.locator('.cm-file-item').filter({ hasText: '会议纪要.pdf' });
    await item.getByText(/由 .*Demo Admin 添加/).waitFor();
    expect(await item.innerText()).toMatch(/PDF · \d+ B · /);
  });

  it('removes the file after confirmation, with the keyboard', async () => {
    await page.getByRole('button', { name: '删除文件 会议纪要.pdf' }).focus();
    await page.keyboard.press('Enter');
    // The dialog starts on "keep": removing takes a deliberate move to "remove".
    const keep = page.getByRole('dialog').getByRole('button', { name: '保留' });
    await keep.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === '保留');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('删除');
    await page.keyboard.press('Enter');
    await page.getByText('尚无文件。').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^1\.2\.1/ }).waitFor();
    await page.getByText('尚无文件。').waitFor();
  });
});

/** Waits until the questionnaire says every answer is saved. */
async function saved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();
}
