import { describe, expect, it } from 'vitest';
import { adoptVisionary } from './programme-components-setup.js';
import { createProgrammeReviewsData } from './programme-reviews-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

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
 * it agreed; a viewer reads it all, read-only, and downloads the register as XLSX. In order.
 */
describe('the stakeholder register in the browser', () => {
  const e2e = programmeBrowserTest(async (admin, organisationId) => {
    const data = await createProgrammeReviewsData(admin, organisationId);
    // The residents' association agreed the principle "visionary".
    await adoptVisionary(admin, organisationId, [
      { stakeholderId: data.stakeholders['滨河社区居民协会'], agreedOn: '2026-05-01' },
    ]);
    return data;
  });
  const register = async () =>
    (await e2e.admin.get<{ stakeholders: StakeholderBody[] }>(e2e.api('/stakeholders'))).body
      .stakeholders;

  it('shows the grid, the five types and the register with its engagement plan', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('stakeholders'));
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
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('stakeholders'));
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
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('stakeholders'));
    await page.getByRole('button', { name: /^Edit\W+City Transport Authority$/ }).click();
    const form = page.getByRole('region', { name: 'Edit "City Transport Authority"' });
    await form.getByLabel('Engagement', { exact: true }).selectOption('involve');
    const stored = (await register()).find(
      (s) => s.name === 'City Transport Authority',
    ) as StakeholderBody;
    const theirs = await e2e.patchMeanwhile(`/stakeholders/${stored.id}`, stored.version, {
      engagementPlan: 'Weekly board',
    });
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
    const row = page.getByRole('row').filter({ hasText: 'City Transport Authority' });
    await row.getByText(/^Last changed by 项目办 Programme Office, /).waitFor();
  });

  it('removes a stakeholder after warning that its agreement to a principle goes too', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('stakeholders'));
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
    const page = await e2e.pageOf('en', 'viewer');
    await page.goto(e2e.url('stakeholders'));
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

  it('downloads the register as a workbook in the interface language', async () => {
    const page = await e2e.pageOf('zh', 'viewer');
    await page.goto(e2e.url('stakeholders'));
    const link = page.getByRole('link', { name: '下载利益相关方登记册（XLSX，中文）' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/programme\/stakeholders\.xlsx\?lang=zh$/);
    const download = await page.request.get(`${e2e.server.url}${href}`);
    expect([download.status(), download.headers()['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});
