import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRoadmapAndBenefits } from './programme-roadmap-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

interface StoredInitiative {
  id: string;
  title: string;
  owner: string;
  budget: string | null;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
  lifts: { characteristicId: string; targetLevel: number }[];
  version: number;
}

/**
 * The roadmap in the browser, on the demo city with a roadmap set up through the API: the
 * timeline, the phases and the comparison with the submitted baseline shown; a programme office
 * member adds an initiative through the dialog (its lift then shows in the comparison), is told
 * what is wrong before anything is sent, deletes one after confirming, downloads the workbook, and
 * sees someone else's save meanwhile as a conflict (theirs next to yours, then saves over it); a
 * viewer reads the roadmap in Chinese and can change nothing.
 */
describe('the roadmap in the browser', () => {
  const e2e = programmeBrowserTest(createRoadmapAndBenefits);
  const initiatives = async () =>
    (await e2e.admin.get<{ initiatives: StoredInitiative[] }>(e2e.api('/roadmap'))).body
      .initiatives;

  it('shows the timeline, the phases with their initiatives and the comparison', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('roadmap'));
    await page.getByRole('heading', { level: 1, name: 'Smart city roadmap' }).waitFor();
    // The chart describes every initiative for screen readers; the phases' table gives figures.
    const chart = page.locator('#roadmap-timeline ~ * .cm-chart[aria-label]').first();
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('City digital twin');
    const phases = page.getByRole('region', { name: 'The phases in figures' });
    await phases.getByRole('row', { name: /2 · Initiation 1 .*CN¥1,250,000\.50/ }).waitFor();
    const initiation = page.getByRole('article', { name: 'Phase 2 Initiation' });
    const platform = initiation.getByRole('article', { name: /Open data platform/ });
    await platform.getByText('(assessment: now 3, in 2 years 4)').waitFor();
    await platform.getByRole('link', { name: 'B7' }).waitFor();
    const comparison = page.getByRole('region', { name: /Roadmap against the assessment/ });
    const row = comparison.getByRole('row', { name: /^1\.1\.1 / });
    await row.getByText('Matches').waitFor();
    await row.getByText('reached only after the horizon').waitFor();
    await page.getByText('Compared with the latest submitted assessment:').waitFor();
  });

  it('adds an initiative whose lift then shows in the comparison, after checking the form', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('roadmap'));
    await page.getByRole('button', { name: 'Add an initiative', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an initiative' });
    await dialog.getByLabel('Phase').selectOption('consolidation');
    await dialog.getByLabel('Title').fill('Smart lighting');
    await dialog.getByLabel('Starts on').fill('2027-03-01');
    await dialog.getByLabel('Ends on').fill('2027-02-01');
    await dialog.getByLabel('Budget', { exact: true }).fill('1.234');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Checked before anything is sent.
    await dialog.getByText('The end date cannot be before the start date').waitFor();
    await dialog.getByText('Enter an amount with at most two decimals, e.g. 1250000.50').waitFor();
    await dialog.getByLabel('Ends on').fill('2027-12-31');
    await dialog.getByLabel('Budget', { exact: true }).fill('2,500,000');
    await dialog.getByLabel('Owner').fill('Urban services');
    await dialog.getByRole('checkbox', { name: /^Quick win/ }).check();
    await dialog.getByRole('checkbox', { name: /B9/ }).check();
    await dialog.getByRole('button', { name: 'Add a characteristic' }).click();
    await dialog.getByLabel('Characteristic 1').selectOption('1.2.1');
    await dialog.getByText('(assessment: now 3, in 2 years 3)').waitFor();
    await dialog.getByLabel('Target level 1').selectOption('4');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const consolidation = page.getByRole('article', { name: 'Phase 4 Consolidation' });
    const lighting = consolidation.getByRole('article', { name: /Smart lighting/ });
    await lighting.getByText('CN¥2,500,000.00').waitFor();
    await lighting.getByText('Quick win').waitFor();
    const row = page
      .getByRole('region', { name: /Roadmap against the assessment/ })
      .getByRole('row', { name: /^1\.2\.1 / });
    await row.getByText('Roadmap only').waitFor();
    await row.getByText('Smart lighting → level 4').waitFor();

    const stored = (await initiatives()).find((i) => i.title === 'Smart lighting');
    expect(stored).toMatchObject({
      owner: 'Urban services',
      budget: '2500000.00',
      currency: 'CNY',
      quickWin: true,
      componentCodes: ['B9'],
      lifts: [{ characteristicId: '1.2.1', targetLevel: 4 }],
    });
  });

  it("shows someone else's change meanwhile next to yours, then saves yours over it", async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('roadmap'));
    const platform = page.getByRole('article', { name: /Open data platform/ });
    await platform.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Owner').fill('Chief data officer');

    const before = (await initiatives()).find((i) => i.id === e2e.data.initiatives.platform);
    const changed = await e2e.patchMeanwhile(
      `/initiatives/${e2e.data.initiatives.platform}`,
      before?.version,
      { owner: 'Mayor’s office' },
    );
    expect(changed.status).toBe(200);

    await dialog.getByRole('button', { name: 'Save' }).click();
    const conflict = dialog
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this meanwhile' });
    const owner = conflict.getByRole('row', { name: /^Owner/ });
    await owner.getByText('Mayor’s office').waitFor();
    await owner.getByText('Chief data officer').waitFor();
    await conflict.getByRole('button', { name: 'Save mine over it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await platform.getByText('Chief data officer').waitFor();
    const after = (await initiatives()).find((i) => i.id === e2e.data.initiatives.platform);
    expect(after?.owner).toBe('Chief data officer');
  });

  it('deletes an initiative only after confirming, and downloads the workbook', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('roadmap'));
    const sensors = page.getByRole('article', { name: /Air quality sensors/ });
    await sensors.getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('dialog', { name: /Delete the initiative/ });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await initiatives()).some((i) => i.id === e2e.data.initiatives.sensors)).toBe(true);
    await sensors.getByRole('button', { name: /^Delete/ }).click();
    await page
      .getByRole('dialog', { name: /Delete the initiative/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await sensors.waitFor({ state: 'detached' });
    expect((await initiatives()).some((i) => i.id === e2e.data.initiatives.sensors)).toBe(false);

    const link = page.getByRole('link', { name: 'Download the roadmap (XLSX)' });
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(file.suggestedFilename()).toMatch(/^citymaturity-roadmap-.+-en\.xlsx$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('lets a viewer read the roadmap in Chinese without changing anything', async () => {
    const page = await e2e.pageOf('zh', 'viewer');
    await page.goto(e2e.url('roadmap'));
    await page.getByRole('heading', { level: 1, name: '智慧城市路线图' }).waitFor();
    await page.getByText('只读：您的角色可以查看工作区，但不能修改。', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: '路线图与评估两年目标的对照' }).waitFor();
    await page
      .getByRole('article', { name: /City digital twin/ })
      .getByText('结束于两年期限（2028年10月15日）之后')
      .waitFor();
    expect(await page.getByRole('button', { name: '添加举措' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^编辑/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    const href = await page.getByRole('link', { name: '下载路线图（XLSX）' }).getAttribute('href');
    expect(href).toContain('lang=zh');
  });
});
