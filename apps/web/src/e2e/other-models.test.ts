import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

interface ResultsBody {
  score: { characteristics: Record<string, { current: { median: number | null } }> };
}

const purposes = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'];

/** ISO/TS 37107 table 4: level 1 ≈ red, 2 ≈ yellow, 3 ≈ green (and above), from the level reached. */
function expectedLight(median: number | null, lang: 'en' | 'zh'): string {
  if (median === null) return lang === 'en' ? 'no colour' : '无颜色';
  const level = Math.floor(median);
  const names = lang === 'en' ? ['Red', 'Yellow', 'Green'] : ['红色', '黄色', '绿色'];
  return names[Math.min(level, 3) - 1] ?? '';
}

/**
 * The demo city's submitted baseline next to the other models, in real Chromium: reached from
 * the results page; the six purposes in ISO 18091's red / yellow / green matching their levels;
 * the ISO 37106 components by the number of linked characteristics below level 3; a component's
 * link into the model browser; the language switch; a draft labelled provisional.
 */
describe('links to other models', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiClient;
  let organisationId = '';
  let baselineId = '';
  let medians: Record<string, number | null> = {};

  /** The purpose's card (found by its heading) and its "Now" / "In 2 years" entry. */
  const card = (id: string): Locator =>
    page.locator('li.cm-om-card', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id.replace('.', '\\.')} `) }),
    });
  const nowEntry = (id: string): Locator => card(id).locator('dl > div').first().locator('dd');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    api = new ApiClient(server.url);
    await api.signIn('demo@citymaturity.example', 'demo-city-2026');
    const organisations = await api.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
    const list = await api.get<{ id: string; status: string }[]>(
      `/api/v1/organisations/${organisationId}/assessments`,
    );
    baselineId = list.body.find((a) => a.status === 'submitted')?.id ?? '';
    const results = await api.get<ResultsBody>(
      `/api/v1/organisations/${organisationId}/assessments/${baselineId}/results`,
    );
    medians = Object.fromEntries(
      purposes.map((p) => [p, results.body.score.characteristics[p]?.current.median ?? null]),
    );
    const context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill('demo@citymaturity.example');
    await page.getByRole('textbox', { name: 'Password' }).fill('demo-city-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('is reached from the results page', async () => {
    await page.goto(
      `${server.url}/organisations/${organisationId}/assessments/${baselineId}/results`,
    );
    await page.getByRole('link', { name: 'Links to other models' }).click();
    await page.getByRole('heading', { level: 1, name: /^Links to other models: / }).waitFor();
    expect(new URL(page.url()).pathname).toBe(
      `/organisations/${organisationId}/assessments/${baselineId}/other-models`,
    );
  });

  it("shows each purpose's current level in the ISO 18091 colour table 4 maps it to, in words", async () => {
    await card('4.1').waitFor();
    const shown = await Promise.all(purposes.map((p) => nowEntry(p).innerText()));
    // The demo baseline has levels 2 and 3 among its purposes: yellow and green.
    expect(new Set(purposes.map((p) => expectedLight(medians[p] ?? null, 'en')))).toEqual(
      new Set(['Yellow', 'Green']),
    );
    expect(shown.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(
      purposes.map((p) => `Level ${String(medians[p])} ${expectedLight(medians[p] ?? null, 'en')}`),
    );
  });

  it('lists the ISO 18091 functions of Annex C under each purpose', async () => {
    const functions = await card('4.3').getByRole('listitem').allInnerTexts();
    expect(functions.map((f) => f.split('\n')[0])).toEqual([
      'table A.1, no. 7 ICT and data management',
      'table A.1, no. 9 Resilience and civil protection facilities',
      'table A.1, no. 10 Public safety',
      'table A.2, no. 7 Primary sector',
    ]);
  });

  it('lists the ISO 37106 components with the most linked characteristics below level 3 first', async () => {
    const table = page.getByRole('table', {
      name: 'ISO 37106 components by the number of linked characteristics below level 3',
    });
    const rows = table.locator('tbody tr');
    const first = await rows.first().innerText();
    // C1 benefit mapping: 1.5.1–1.5.3 and the six purposes; 1.5.1, 1.5.2, 1.5.3, 4.3, 4.4 below 3.
    expect(first).toMatch(/^C1 Benefit mapping\s+5 of 9\s+level 1: 1\.5\.3/);
    const b1 = rows.filter({ has: page.getByRole('link', { name: 'B1 City vision' }) });
    expect(await b1.innerText()).toMatch(/3 of 8\s+level 2: 1\.1\.2, 4\.3, 4\.4/);
    expect(await b1.getByRole('listitem').filter({ hasText: '(weakest)' }).count()).toBe(3);
  });

  it("opens a component's page in the model browser", async () => {
    await page
      .getByRole('table', { name: /^3 Digital and physical resource management/ })
      .getByRole('link', { name: 'B13 Drawing up and managing IT and data resources' })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/model' && url.hash === '#scom-B13');
    await expect.poll(() => page.locator('#scom-B13').isVisible()).toBe(true);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^Links to other models: / }).waitFor();
  });

  it('switches to Chinese on the same page', async () => {
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('中文').click();
    await page.getByRole('heading', { level: 1, name: /^与其他模型的关联：/ }).waitFor();
    const shown = await nowEntry('4.3').innerText();
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(
      `${String(medians['4.3'])} 级 ${expectedLight(medians['4.3'] ?? null, 'zh')}`,
    );
    await page.getByRole('heading', { name: '欧洲标准化委员会智慧韧性成熟度模型' }).waitFor();
  });

  it('labels the links of a draft as provisional, without a colour where there is no level', async () => {
    const base = `/api/v1/organisations/${organisationId}/assessments`;
    const draft = await api.post<{ id: string; respondents: { id: string }[] }>(base, {
      title: 'Draft 草稿',
      date: '2026-11-01',
      respondentName: 'Team',
    });
    const respondent = draft.body.respondents[0]?.id ?? '';
    const saved = await api.put(`${base}/${draft.body.id}/respondents/${respondent}/ratings`, {
      ratings: { '4.1': { current: 1, target: 2 } },
    });
    expect(saved.status).toBe(200);
    await page.goto(
      `${server.url}/organisations/${organisationId}/assessments/${draft.body.id}/other-models`,
    );
    await page.getByText('临时结果：本评估仍是草稿').waitFor();
    expect((await nowEntry('4.1').innerText()).replace(/\s+/g, ' ').trim()).toBe('1 级 红色');
    expect((await nowEntry('4.2').innerText()).replace(/\s+/g, ' ').trim()).toBe('尚无水平 无颜色');
  });
});
