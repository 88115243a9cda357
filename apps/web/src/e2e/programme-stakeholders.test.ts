import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import {
  addProgrammeMembers,
  createProgrammeReviewsData,
  programmeMemberPassword,
  type ProgrammeReviewsSetup,
} from './programme-reviews-setup.js';
import { startWebServer } from './web-server.js';

interface StakeholderBody {
  id: string;
  name: string;
  typeId: string;
  influence: number;
  interest: number;
  engagementLevel: string;
  engagementPlan: string;
  strategy: string;
  underEngaged: boolean;
  principleAgreements: number;
  version: number;
}

/**
 * The stakeholder register in the browser, on the demo city with two stakeholders made through
 * the API (the residents' association agreed a principle): the influence × interest grid, the
 * five types, the register with its engagement plan; a programme office member registers a
 * stakeholder (in Chinese, told it is under-engaged for its cell), meets a conflict when someone
 * else saved one meanwhile and saves over it, and removes one after a warning about the principle
 * it agreed; a viewer reads it all, read-only. In order.
 */
describe('the stakeholder register in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: ApiClient;
  let organisationId = '';
  let data: ProgrammeReviewsSetup;
  let members: { office: string; viewer: string };
  const contexts: BrowserContext[] = [];
  const programme = () => `/api/v1/organisations/${organisationId}/programme`;
  const url = () => `${server.url}/organisations/${organisationId}/programme/stakeholders`;
  const register = async () =>
    (await admin.get<{ stakeholders: StakeholderBody[] }>(`${programme()}/stakeholders`)).body
      .stakeholders;

  async function pageOf(lang: 'zh' | 'en', email: string): Promise<Page> {
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[type=password]').fill(programmeMemberPassword);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((u) => u.pathname !== '/login');
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    admin = new ApiClient(server.url);
    await admin.signIn('demo@citymaturity.example', 'demo-city-2026');
    const organisations = await admin.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
    members = await addProgrammeMembers(admin, organisationId, 'register');
    data = await createProgrammeReviewsData(admin, organisationId);
    // The residents' association agreed the principle "visionary".
    const adopted = await admin.put<{ id: string; version: number }>(
      `${programme()}/principles/visionary`,
      { stance: 'adopted' },
    );
    const agreed = await admin.request(
      'PUT',
      `${programme()}/principles/${adopted.body.id}/agreements`,
      {
        agreements: [
          { stakeholderId: data.stakeholders['滨河社区居民协会'], agreedOn: '2026-05-01' },
        ],
      },
      { 'if-match': `"${String(adopted.body.version)}"` },
    );
    if (agreed.status !== 200) throw new Error(`agreement: ${JSON.stringify(agreed.body)}`);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  it('shows the grid, the five types and the register with its engagement plan', async () => {
    const page = await pageOf('en', members.office);
    await page.goto(url());
    const grid = page.locator('.cm-chart[role="img"]').first();
    await grid.waitFor();
    expect(await grid.getAttribute('aria-label')).toContain(
      'Influence 3 high × Interest 3 high: 1 stakeholders: manage closely',
    );
    await page.getByText('Under-engaged (1): City Transport Authority').waitFor();
    const types = page.getByRole('region', { name: 'By type' });
    expect(await types.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Promoters (0)',
      'Investors (0)',
      'Implementers (1)',
      'Consumers (1)',
      'External parties (0)',
    ]);
    const table = page.getByRole('region', { name: 'Register and engagement plan (2)' });
    expect(
      await table.getByRole('row').filter({ hasText: 'City Transport Authority' }).innerText(),
    ).toMatch(
      /Implementers\s+influence 3 high, interest 3 high\s+Manage closely\s+Inform\s+⚠ below the suggestion\s+Monthly programme board/,
    );
  });

  it('registers a stakeholder in Chinese, told when the engagement is below the suggestion', async () => {
    const page = await pageOf('zh', members.office);
    await page.goto(url());
    await page.getByRole('button', { name: '登记一个利益相关方' }).click();
    const form = page.getByRole('region', { name: '登记一个利益相关方' });
    await form.getByLabel('名称').fill('市财政局');
    await form.getByLabel('类型').selectOption({ label: '投资者' });
    await form.getByRole('group', { name: '影响力' }).getByRole('radio', { name: '3 高' }).check();
    await form.getByRole('group', { name: '关注度' }).getByRole('radio', { name: '2 中' }).check();
    await form.getByLabel('参与方式').selectOption('inform');
    await form.getByText('该单元格建议：重点管理，参与方式至少为“参与”。').waitFor();
    await form.getByText('所选参与方式低于建议。').waitFor();
    await form.getByLabel('参与计划').fill('每月预算协调会');
    await form.getByRole('button', { name: '登记利益相关方' }).click();
    await page.getByText('已登记“市财政局”。').waitFor();
    const created = (await register()).find((s) => s.name === '市财政局');
    expect([
      created?.typeId,
      created?.strategy,
      created?.underEngaged,
      created?.engagementPlan,
    ]).toEqual(['investors', 'manage-closely', true, '每月预算协调会']);
  });

  it('shows a stakeholder saved meanwhile as a conflict, and saves over it when asked', async () => {
    const page = await pageOf('en', members.office);
    await page.goto(url());
    await page.getByRole('button', { name: /^Edit\W+City Transport Authority$/ }).click();
    const form = page.getByRole('region', { name: 'Edit "City Transport Authority"' });
    await form.getByLabel('Engagement', { exact: true }).selectOption('involve');
    const stored = (await register()).find(
      (s) => s.name === 'City Transport Authority',
    ) as StakeholderBody;
    const theirs = await admin.request(
      'PATCH',
      `${programme()}/stakeholders/${stored.id}`,
      { engagementPlan: 'Weekly board' },
      { 'if-match': `"${String(stored.version)}"` },
    );
    expect(theirs.status).toBe(200);
    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this meanwhile' });
    await conflict.waitFor();
    const rows = await conflict.getByRole('table').locator('tbody tr').allInnerTexts();
    expect([
      rows.find((r) => r.startsWith('Engagement plan')),
      rows.find((r) => r.startsWith('Engagement\n') || r.startsWith('Engagement\t')),
    ]).toEqual([
      expect.stringMatching(/Weekly board\s+Monthly programme board/),
      expect.stringMatching(/Inform\s+Involve/),
    ]);
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await page.getByText('"City Transport Authority" is saved.').waitFor();
    const saved = (await register()).find((s) => s.id === stored.id);
    expect([saved?.engagementLevel, saved?.engagementPlan, saved?.underEngaged]).toEqual([
      'involve',
      'Monthly programme board',
      false,
    ]);
  });

  it('removes a stakeholder after warning that its agreement to a principle goes too', async () => {
    const page = await pageOf('en', members.office);
    await page.goto(url());
    await page.getByRole('button', { name: /^Remove\W+滨河社区居民协会$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('and with it their agreement to 1 implementation principle(s)')
      .waitFor();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('"滨河社区居民协会" is removed.').waitFor();
    expect((await register()).map((s) => s.name)).not.toContain('滨河社区居民协会');
  });

  it('lets a viewer read the register, read-only', async () => {
    const page = await pageOf('en', members.viewer);
    await page.goto(url());
    await page.getByRole('region', { name: 'Register and engagement plan (2)' }).first().waitFor();
    await page
      .getByText(
        'Your role can read the stakeholder register, but not record or change anything here.',
      )
      .waitFor();
    expect([
      await page.getByRole('button', { name: 'Register a stakeholder' }).count(),
      await page.getByRole('button', { name: /^(Edit|Remove)/ }).count(),
    ]).toEqual([0, 0]);
  });
});
