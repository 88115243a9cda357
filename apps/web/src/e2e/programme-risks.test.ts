import { describe, expect, it } from 'vitest';
import { createProgrammeReviewsData } from './programme-reviews-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

interface RiskBody {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  factorIds: string[];
  owner: string;
  status: string;
  version: number;
}

/**
 * The risk register in the browser, on the demo city with two risks made through the API: the
 * heat grid with the bands explained, the risks of each key success factor, the register; a
 * programme office member registers a risk (the score and band shown as they choose), meets a
 * conflict when someone else saved a risk meanwhile (in Chinese) and deletes one after
 * confirming; a viewer reads it all, read-only. In order.
 */
describe('the risk register in the browser', () => {
  const e2e = programmeBrowserTest(createProgrammeReviewsData);
  const risks = async () =>
    (await e2e.admin.get<{ risks: RiskBody[] }>(e2e.api('/risks'))).body.risks;

  it('shows the heat grid, the risks of each factor and the register', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('risks'));
    const grid = page.locator('.cm-chart[role="img"]').first();
    await grid.waitFor();
    expect(await grid.getAttribute('aria-label')).toContain(
      'Likelihood 4 likely × Impact 5 severe = 20 (Critical): 1 risks',
    );
    const factors = page.getByRole('region', { name: 'Risks of each key success factor' });
    expect(await factors.getByRole('row').filter({ hasText: '2 Leadership' }).innerText()).toMatch(
      /20 · Critical\s+Funding gap/,
    );
    await factors.getByText('Active risks linked to no factor (1): Data breach').waitFor();
    const register = page.getByRole('region', { name: 'The register (2)' });
    expect(await register.getByRole('row').nth(1).innerText()).toMatch(
      /^Funding gap\s+Last changed by [^\n]+\s+20 · Critical\s+likelihood 4 × impact 5\s+Open/,
    );
  });

  it('registers a risk, showing its score and band while it is rated', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('risks'));
    await page.getByRole('button', { name: 'Register a risk' }).click();
    const form = page.getByRole('region', { name: 'Register a risk' });
    await form.getByLabel('Risk', { exact: true }).fill('Supplier lock-in');
    await form.getByLabel('Likelihood').selectOption('3');
    await form.getByLabel('Impact').selectOption('4');
    await form.getByText('Score = likelihood 3 × impact 4 = 12, band: High.').waitFor();
    await form.getByRole('checkbox', { name: '6 Supplier partnership' }).check();
    await form.getByLabel('Owner').fill('Chief digital officer');
    await form.getByRole('button', { name: 'Register the risk' }).click();
    await page.getByText('The risk "Supplier lock-in" is registered.').waitFor();
    const register = page.getByRole('region', { name: 'The register (3)' });
    expect(
      await register.getByRole('row').filter({ hasText: 'Supplier lock-in' }).innerText(),
    ).toMatch(
      /12 · High\s+likelihood 3 × impact 4\s+Open\s+6 Supplier partnership\s+Chief digital officer/,
    );
    const created = (await risks()).find((r) => r.title === 'Supplier lock-in');
    expect([created?.score, created?.band, created?.factorIds]).toEqual([12, 'high', ['ksf-6']]);
  });

  it('shows a risk saved meanwhile as theirs next to yours (in Chinese), and takes theirs', async () => {
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('risks'));
    await page.getByRole('button', { name: /^修改\W+Funding gap$/ }).click();
    const form = page.getByRole('region', { name: '修改风险“Funding gap”' });
    await form.getByLabel('负责人').fill('财政局');
    const stored = (await risks()).find((r) => r.id === e2e.data.risks['Funding gap']) as RiskBody;
    const theirs = await e2e.patchMeanwhile(`/risks/${stored.id}`, stored.version, {
      status: 'mitigating',
      owner: 'Treasurer',
    });
    expect(theirs.status).toBe(200);
    await form.getByRole('button', { name: '保存修改' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '别人刚刚修改了这一条' });
    await conflict.waitFor();
    const rows = await conflict.getByRole('table').locator('tbody tr').allInnerTexts();
    expect([
      rows.find((r) => r.startsWith('负责人')),
      rows.find((r) => r.startsWith('状态')),
    ]).toEqual([
      expect.stringMatching(/Treasurer\s+财政局/),
      expect.stringMatching(/应对中\s+未处理/),
    ]);
    await conflict.getByRole('button', { name: '采用对方的版本' }).click();
    const row = page
      .getByRole('region', { name: '登记册（3）' })
      .getByRole('row')
      .filter({ hasText: 'Funding gap' });
    expect(await row.innerText()).toMatch(/应对中[\s\S]*Treasurer/);
    expect((await risks()).find((r) => r.id === stored.id)?.owner).toBe('Treasurer');
  });

  it('deletes a risk after confirming', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('risks'));
    await page.getByRole('button', { name: /^Delete\W+Data breach$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('set its status to "Closed" instead').waitFor();
    await dialog.getByRole('button', { name: 'Delete the risk' }).click();
    await page.getByText('The risk "Data breach" is deleted.').waitFor();
    expect((await risks()).map((r) => r.title).sort()).toEqual(['Funding gap', 'Supplier lock-in']);
  });

  it('lets a viewer read the register, read-only', async () => {
    const page = await e2e.pageOf('en', 'viewer');
    await page.goto(e2e.url('risks'));
    await page.getByRole('region', { name: 'The register (2)' }).first().waitFor();
    await page
      .getByText('Your role can read the risk register, but not record or change anything here.')
      .waitFor();
    expect([
      await page.getByRole('button', { name: 'Register a risk' }).count(),
      await page.getByRole('button', { name: /^(Edit|Delete)/ }).count(),
    ]).toEqual([0, 0]);
  });
});
