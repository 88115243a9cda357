import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createTestUser,
  testPassword,
  type TestServer,
} from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { createCycleCity, cycleMemberPassword, type CycleCity } from './cycles-setup.js';
import { startWebServer } from './web-server.js';

interface TrendPointBody {
  current: number | null;
  target: number | null;
}

interface CyclesBody {
  cycles: {
    assessmentId: string;
    overall: { rated: { current: number; target: number; of: number } };
  }[];
  trend: {
    overall: TrendPointBody[];
    characteristics: Record<string, TrendPointBody[]>;
  };
}

const demo = { email: 'demo@citymaturity.example', password: 'demo-city-2026' };

/** "2.9" as the page writes a roll-up ("2.9", "3.0") or a level ("3", "2.5"). */
const rollup = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const level = (value: number | null) => (value === null ? '–' : String(value));

/**
 * Assessment cycles in real Chromium: a city assessed three times two years apart (through the
 * API). The trend page (reached from the organisation) shows the API's levels; the plan
 * realisation of the third cycle lists what was planned and not reached, and another previous
 * cycle can be chosen; the first cycle says so; the improvement cycle is edited by an
 * administrator and a facilitator at once, the second save getting the conflict, and is read-only
 * for a viewer. The tests run in order.
 */
describe('assessment cycles in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let city: CycleCity;
  let admin: Page;
  let facilitator: Page;
  let api: ApiClient;
  let data: CyclesBody;

  async function signedIn(email: string, password: string, locale: string): Promise<Page> {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[type=password]').fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    return page;
  }

  const assessmentUrl = (id: string) =>
    `${server.url}/organisations/${city.organisationId}/assessments/${id}`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    await createTestUser(server, 'platform-cycles@test.example', undefined, {
      platformAdmin: true,
    });
    const platform = new ApiClient(server.url);
    await platform.signIn('platform-cycles@test.example', testPassword);
    api = new ApiClient(server.url);
    await api.signIn(demo.email, demo.password);
    city = await createCycleCity(platform, api, demo.email, 'e2e');
    data = (await api.get<CyclesBody>(`/api/v1/organisations/${city.organisationId}/cycles`)).body;
    [admin, facilitator] = await Promise.all([
      signedIn(demo.email, demo.password, 'en-GB'),
      signedIn(city.members.facilitator, cycleMemberPassword, 'zh-CN'),
    ]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('reaches the cycles and trend from the organisation page', async () => {
    await admin.goto(`${server.url}/organisations/${city.organisationId}`);
    await admin.getByRole('link', { name: 'Cycles and trend' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Cycles and trend' }).waitFor();
    expect(new URL(admin.url()).pathname).toBe(`/organisations/${city.organisationId}/cycles`);
    await expect.poll(() => admin.locator('li.cm-cy-card').count()).toBe(3);
  });

  it('shows the overall trend the API gives, in its table', async () => {
    const section = admin.getByRole('region', { name: 'Overall maturity by cycle' });
    await section.getByRole('img').first().waitFor();
    await section.getByRole('button', { name: 'Show as table' }).click();
    const rows = await section.getByRole('table').locator('tbody tr').allInnerTexts();
    const shown = rows.map((row) => {
      const cells = row.split('\t').map((cell) => cell.trim());
      return [cells[1], cells[3]];
    });
    expect(shown).toEqual(data.trend.overall.map((p) => [rollup(p.current), rollup(p.target)]));
    // Over how many characteristics each mean is taken, as the API counts them.
    const counted = rows.map((row) => row.split('\t').at(-1)?.trim());
    expect(counted).toEqual(
      data.cycles.map(({ overall: { rated } }) =>
        rated.current === rated.target
          ? `the mean of ${String(rated.current)} of ${String(rated.of)} characteristics`
          : `current level: ${String(rated.current)} of ${String(rated.of)} characteristics; planned level: ${String(rated.target)} of ${String(rated.of)}`,
      ),
    );
  });

  it('says in the explanation over how many characteristics the latest overall level is taken', async () => {
    const latest = data.cycles.at(-1)?.overall.rated;
    const how = admin.getByRole('region', { name: 'How to read these numbers' });
    await how
      .getByText(
        `In the latest cycle, the overall current level is the mean of the levels of ${String(latest?.current)} of ${String(latest?.of)} characteristics.`,
        { exact: false },
      )
      .waitFor();
  });

  it("shows every characteristic's levels the API gives, with the change in words", async () => {
    const table = admin.getByRole('table', { name: 'Current level by cycle' });
    const cells = async (id: string) =>
      (
        await table
          .locator('tbody tr', {
            has: admin.getByRole('rowheader', {
              name: new RegExp(`^${id.replaceAll('.', '\\.')} `),
            }),
          })
          .locator('td')
          .allInnerTexts()
      ).map((cell) => cell.replace(/\s+/g, ' ').trim());
    const smart = await cells('1.1.2');
    expect(smart.map((cell) => cell.split(' ')[0])).toEqual(
      (data.trend.characteristics['1.1.2'] ?? []).map((p) => level(p.current)),
    );
    // 1.1.2: 2, 2 (unchanged), 1 (fell by 1).
    expect(smart.slice(1)).toEqual(['2 ＝ unchanged', '1 ▼ fell by −1']);
    expect((await cells('1.1.1'))[2]).toBe('4 ▲ rose by +2');
  });

  it('includes a draft as a provisional cycle when asked', async () => {
    await admin.getByRole('switch', { name: 'Include drafts (provisional)' }).click();
    await admin.getByText('Drafts are included as provisional cycles').waitFor();
    await expect.poll(() => admin.locator('li.cm-cy-card').count()).toBe(4);
    const last = admin.locator('li.cm-cy-card').last();
    expect(await last.getByText('Provisional', { exact: true }).count()).toBe(1);
    expect(await last.getByText(/is the mean of the 2 of 32 characteristics/).count()).toBe(1);
    expect(new URL(admin.url()).search).toBe('?drafts=true');
  });

  it('lists in the plan realisation the improvements planned and not reached, largest shortfall first', async () => {
    await admin.goto(assessmentUrl(city.cycles[2]));
    await admin.getByRole('link', { name: 'Plan realisation' }).click();
    await admin.getByRole('heading', { level: 1, name: /^Plan realisation: / }).waitFor();
    // The standard's sentence, read from the model pack with its clause.
    const quote = admin.locator('figure.cm-cy-quote');
    expect(await quote.locator('blockquote').textContent()).toBe(
      'Assessing these two aspects can evaluate the current strengths and weaknesses, and also evaluates the problems in the existing improvement plans.',
    );
    expect(await quote.locator('figcaption').textContent()).toBe(
      "GB/T XXXXX—XXXX (ISO/TS 37107:2019, IDT), 5.1; the English is CityMaturity's rendering of the Chinese text",
    );
    const table = admin.getByRole('table', { name: /improvements planned and not reached$/ });
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) =>
      r.replace(/\s+/g, ' ').trim(),
    );
    // 1.1.2 was at 2, planned 3, fell to 1: 2 levels missing; then every default one (3 → 4, still 3).
    expect(rows[0]).toBe('1.1.2 Smart city vision and strategy ▼ Fell back 2 3 1 2');
    expect(rows[1]).toMatch(/^1\.2\.1 .+ ✗ Not reached 3 4 3 1$/);
    expect(rows.filter((r) => r.includes('Partly reached'))).toEqual([
      '2.1.1 Establishing convenient participatory services ◐ Partly reached 2 4 3 1',
    ]);
    await admin.getByText('24 months after the cycle before').first().waitFor();
  });

  it('compares with another earlier cycle when chosen', async () => {
    await admin.getByLabel('Compare with').selectOption(city.cycles[0]);
    await admin.getByText('Compared with the chosen cycle').waitFor();
    await admin.getByText(/^Only 48 months|^48 months after the cycle before/).waitFor();
    const row = admin
      .getByRole('table', { name: 'Every characteristic against the previous plan' })
      .locator('tbody tr', { has: admin.getByRole('rowheader', { name: /^1\.1\.1 / }) });
    // 1.1.1 was at 1, planned 3, is now 4.
    expect((await row.innerText()).replace(/\s+/g, ' ').trim()).toMatch(/✓ Reached 1 3 4 \+3 5$/);
    expect(new URL(admin.url()).searchParams.get('previous')).toBe(city.cycles[0]);
  });

  it('says so for the first cycle', async () => {
    await admin.goto(`${assessmentUrl(city.cycles[0])}/plan-realisation`);
    await admin.getByText('This is the first cycle').waitFor();
    expect(await admin.getByRole('table').count()).toBe(0);
  });

  it('records a stage of the improvement cycle', async () => {
    await facilitator.goto(assessmentUrl(city.cycles[2]));
    await facilitator.getByRole('link', { name: '改进周期' }).click();
    await facilitator.getByRole('heading', { level: 1, name: /^改进周期：/ }).waitFor();
    const stage = facilitator.getByRole('region', { name: '1 承诺' });
    await stage.getByRole('button', { name: '编辑状态和备注：承诺' }).click();
    await stage.getByRole('radio', { name: '已完成' }).check();
    await stage.getByRole('textbox', { name: '备注' }).fill('市长已批准。Approved by the mayor.');
    // The answer to the save is the whole stage, as the page shows it: nothing is fetched again.
    const refetched: string[] = [];
    const count = (request: { method: () => string; url: () => string }) => {
      if (request.method() === 'GET' && request.url().endsWith('/improvement-cycle'))
        refetched.push(request.url());
    };
    facilitator.on('request', count);
    await stage.getByRole('button', { name: '保存' }).click();
    await stage.getByText('市长已批准。Approved by the mayor.').waitFor();
    await stage.getByRole('link', { name: '评估报告（PDF）' }).waitFor();
    facilitator.off('request', count);
    expect(refetched).toEqual([]);
    await facilitator.getByRole('heading', { name: '各阶段：已完成 1 / 5' }).waitFor();
    const stored = await api.get<{ stages: { id: string; status: string; version: number }[] }>(
      `/api/v1/organisations/${city.organisationId}/assessments/${city.cycles[2]}/improvement-cycle`,
    );
    expect(stored.body.stages.find((s) => s.id === 'commitment')).toMatchObject({
      status: 'done',
      version: 1,
    });
  });

  it('shows the conflict when two people edit a stage at once, and saves over it only when asked', async () => {
    const path = `${assessmentUrl(city.cycles[2])}/improvement-cycle`;
    await Promise.all([admin.goto(path), facilitator.goto(path)]);
    const mine = admin.getByRole('region', { name: '2 Baseline assessment' });
    const theirs = facilitator.getByRole('region', { name: '2 基准线评估' });
    await mine.getByRole('button', { name: 'Edit status and notes: Baseline assessment' }).click();
    await theirs.getByRole('button', { name: '编辑状态和备注：基准线评估' }).click();
    // The facilitator saves first.
    await theirs.getByRole('radio', { name: '进行中' }).check();
    await theirs.getByRole('textbox', { name: '备注' }).fill('基准线评估进行中。');
    await theirs.getByRole('button', { name: '保存' }).click();
    await theirs.getByText('基准线评估进行中。').waitFor();
    // The administrator's save starts from the version before: refused, both shown.
    await mine.getByRole('radio', { name: 'Done' }).check();
    await mine.getByRole('textbox', { name: 'Notes' }).fill('Baseline submitted on 1 March 2026.');
    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = mine.getByRole('alert').filter({ hasText: 'Someone else changed this stage' });
    await conflict.waitFor();
    const rows = (await conflict.getByRole('table').locator('tbody tr').allInnerTexts()).map((r) =>
      r.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual([
      'Status differs In progress Done',
      'Notes differs 基准线评估进行中。 Baseline submitted on 1 March 2026.',
    ]);
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await mine.getByText('Baseline submitted on 1 March 2026.').waitFor();
    // What the model offers at the stage stays on screen with its figures.
    expect(await mine.getByText('Overall: 3.0 now, 4.0 planned in 2 years.').count()).toBe(1);
    const stored = await api.get<{ stages: { id: string; status: string; version: number }[] }>(
      `/api/v1/organisations/${city.organisationId}/assessments/${city.cycles[2]}/improvement-cycle`,
    );
    expect(stored.body.stages.find((s) => s.id === 'baseline-assessment')).toMatchObject({
      status: 'done',
      version: 2,
    });
  });

  it('lets a viewer read the stages without editing them', async () => {
    const viewer = await signedIn(city.members.viewer, cycleMemberPassword, 'en-GB');
    await viewer.goto(`${assessmentUrl(city.cycles[2])}/improvement-cycle`);
    await viewer.getByText('You can read the stages.').waitFor();
    await viewer.getByText('Approved by the mayor.', { exact: false }).waitFor();
    expect(await viewer.getByRole('button', { name: /^Edit status and notes/ }).count()).toBe(0);
  });
});
