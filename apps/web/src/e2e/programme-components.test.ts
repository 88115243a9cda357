import type { OperatingModelPack } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { createProgrammeComponentsData } from './programme-components-setup.js';
import { programmeBrowserTest, type Lang } from './programme-setup.js';

interface RecommendationRow {
  recommendationId: string;
  status: string;
  owner: string;
  evidenceUrl: string | null;
  version: number;
}
interface Tracker {
  components: { recommendations: RecommendationRow[] }[];
}

/**
 * The principles, the component tracker and the interoperability matrix in the browser, on the
 * demo city with a workspace set up through the API: a programme office member adopts, adapts,
 * adds and deletes principles and records who agreed; updates recommendations (a link checked
 * before sending, a refusal of the API shown at its field); changes statuses and adds and deletes
 * products of the city's own; someone else's save meanwhile is shown as a conflict, theirs next
 * to yours; a viewer reads everything and can change nothing.
 */
describe('principles, component tracker and interoperability matrix in the browser', () => {
  const e2e = programmeBrowserTest(async (admin, organisationId) => {
    await createProgrammeComponentsData(admin, organisationId);
    return { pack: (await admin.get<OperatingModelPack>('/api/v1/models/scom')).body };
  });
  const principleName = (id: string, lang: Lang) =>
    e2e.data.pack.implementation_principles?.find((p) => p.id === id)?.name[lang] ?? id;
  const recommendation = async (id: string) => {
    const tracker = await e2e.admin.get<Tracker>(e2e.api('/components'));
    return tracker.body.components
      .flatMap((c) => c.recommendations)
      .find((r) => r.recommendationId === id);
  };

  it('adopts, adapts, adds and deletes principles and records who agreed (in Chinese)', async () => {
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('principles'));
    await page.getByRole('heading', { level: 1, name: '实施原则' }).waitFor();
    const visionary = page.getByRole('article', { name: principleName('visionary', 'zh') });
    await visionary.getByText('按原文采纳', { exact: true }).waitFor();
    await visionary.getByText(/市发展和改革委员会（.+），2026年10月20日/).waitFor();

    const citizen = page.getByRole('article', { name: principleName('citizen-centric', 'zh') });
    await citizen.getByRole('button', { name: /^按原文采纳：/ }).click();
    await citizen.locator('.cm-pgc-stance-adopted').waitFor();
    await citizen.getByRole('button', { name: /^记录认同方：/ }).click();
    await citizen.getByRole('checkbox', { name: /示例大学/ }).check();
    await citizen.getByLabel('示例大学 认同的日期').fill('2026-11-05');
    await citizen.getByRole('button', { name: '保存' }).click();
    await citizen.getByText(/示例大学（.+），2026年11月5日/).waitFor();

    const open = page.getByRole('article', { name: principleName('open-and-collaborative', 'zh') });
    await open.getByRole('button', { name: /^用本市的表述调整：/ }).click();
    const wording = open.getByLabel('表述', { exact: true });
    expect(await wording.inputValue()).toContain(
      e2e.data.pack.implementation_principles?.[3]?.statements[0]?.lead.zh ?? '—',
    );
    await wording.fill('');
    await open.getByRole('button', { name: '保存' }).click();
    await open.getByText('请填写此项').waitFor();
    await wording.fill('本市开放数据，与企业和社区共同创造服务。');
    await open.getByRole('button', { name: '保存' }).click();
    await open.getByRole('heading', { name: '本市的表述' }).waitFor();
    await open.getByText('本市开放数据，与企业和社区共同创造服务。').waitFor();

    await page.getByRole('button', { name: '补充一项原则' }).click();
    await page.getByLabel('标题', { exact: true }).fill('公开透明');
    await page.getByLabel('表述', { exact: true }).last().fill('项目进展按季度向市民公开。');
    await page.getByRole('button', { name: '保存' }).click();
    const added = page.getByRole('article', { name: '公开透明' });
    await added.getByText('本市补充').waitFor();
    await added.getByRole('button', { name: '删除：公开透明' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await added.waitFor({ state: 'detached' });

    const stored = await e2e.admin.get<{
      principles: { packPrincipleId: string | null; stance: string | null; title: string }[];
      counts: Record<string, number>;
    }>(e2e.api('/principles'));
    expect(stored.body.counts).toEqual({
      pack: 4,
      adopted: 2,
      adapted: 2,
      undecided: 0,
      added: 1,
    });
    expect(stored.body.principles.some((p) => p.title === '公开透明')).toBe(false);
  });

  it('shows a refusal of the API at the stakeholder it names', async () => {
    const page = await e2e.pageOf('en', 'office');
    const partner = await e2e.admin.post<{ id: string }>(e2e.api('/stakeholders'), {
      name: 'Temporary partner',
      typeId: 'investors',
    });
    await page.goto(e2e.url('principles'));
    const visionary = page.getByRole('article', { name: principleName('visionary', 'en') });
    await visionary.getByRole('button', { name: /^Record who agreed: / }).click();
    await visionary.getByRole('checkbox', { name: /Temporary partner/ }).check();
    await e2e.admin.delete(e2e.api(`/stakeholders/${partner.body.id}`));
    await visionary.getByRole('button', { name: 'Save' }).click();
    const error = visionary.locator('.cm-pgc-field-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).not.toBe('');
    expect(
      await visionary
        .getByRole('checkbox', { name: /Temporary partner/ })
        .getAttribute('aria-describedby'),
    ).toBe(await error.getAttribute('id'));
  });

  it('updates a recommendation of the tracker and leads to what is overdue', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('components'));
    await page.getByRole('heading', { level: 1, name: 'Component tracker' }).waitFor();
    await page.getByText('The latest submitted assessment:').waitFor();
    const priorities = page.getByRole('region', {
      name: 'Where the gaps point: components by priority',
    });
    expect(await priorities.getByRole('row').count()).toBeGreaterThan(1);

    // The overdue list leads into B3's folded checklist.
    await page.getByText('Overdue (1):').waitFor();
    await page.getByRole('link', { name: 'B3.a', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'recommendation-B3.a');
    await page.locator('#recommendation-B3\\.a').getByText('Overdue', { exact: true }).waitFor();

    const b1 = page.locator('#component-B1');
    await b1.getByText(/^Checklist: 6 recommendations/).click();
    await b1.getByRole('button', { name: 'Update progress: B1.c' }).click();
    const form = page.getByRole('form', { name: 'Progress of recommendation B1.c' });
    await form.getByLabel('Status').selectOption('done');
    await form.getByLabel('Owner').fill('Planning department');
    await form.getByLabel('Due date').fill('2026-12-15');
    await form.getByLabel('Link to the evidence (optional)').fill('not a link');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Enter a web address that starts with http:// or https://').waitFor();
    await form.getByLabel('Link to the evidence (optional)').fill('https://example.org/b1c');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const item = page.locator('#recommendation-B1\\.c');
    await item.getByText('Done', { exact: true }).waitFor();
    await item.getByText('Document: https://example.org/b1c').waitFor();
    await item.getByText('December 15, 2026').waitFor();
    await b1.getByText('2 of 6 done').first().waitFor();
    expect(await recommendation('B1.c')).toMatchObject({
      status: 'done',
      owner: 'Planning department',
      evidenceUrl: 'https://example.org/b1c',
      version: 1,
    });

    // Another assessment's gaps, chosen on the page (kept in the address).
    const draft = await e2e.admin.post<{ id: string }>(
      `/api/v1/organisations/${e2e.organisationId}/assessments`,
      { title: 'Draft 2027', date: '2027-03-01', respondentName: 'Leadership team' },
    );
    expect(draft.status).toBe(201);
    await page.reload();
    await page.getByLabel('Show the gaps of').selectOption(draft.body.id);
    await page.getByText('The assessment chosen:').waitFor();
    await page.getByText('This assessment plans no improvement').waitFor();
    expect(new URL(page.url()).searchParams.get('assessment')).toBe(draft.body.id);
  });

  it("shows someone else's save next to one's own, and saves over it when asked", async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('components'));
    const b1 = page.locator('#component-B1');
    await b1.getByText(/^Checklist: 6 recommendations/).click();
    await b1.getByRole('button', { name: 'Update progress: B1.d' }).click();
    const form = page.getByRole('form', { name: 'Progress of recommendation B1.d' });
    await form.getByLabel('Owner').fill('Mine');
    const theirs = await e2e.admin.put(e2e.api('/recommendations/B1.d'), {
      status: 'in-progress',
      owner: 'Someone else',
    });
    expect(theirs.status).toBe(201);
    await form.getByRole('button', { name: 'Save' }).click();
    const conflict = form
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this meanwhile' });
    await conflict.waitFor();
    const ownerRow = conflict.getByRole('row', { name: /^Owner/ });
    expect(await ownerRow.getByRole('cell').allTextContents()).toEqual(['Someone else', 'Mine']);
    await conflict.getByText('by 示例市管理员 Demo Admin', { exact: false }).waitFor();
    await conflict.getByRole('button', { name: 'Save mine over it' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await recommendation('B1.d')).toMatchObject({
      status: 'not-started',
      owner: 'Mine',
      version: 2,
    });
  });

  it("changes statuses, adds and deletes the city's own products, keeps theirs on a conflict (in Chinese)", async () => {
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('interoperability'));
    await page.getByRole('heading', { level: 1, name: '交互性矩阵' }).waitFor();
    await page.getByText(/共 40 项政策产品（其中本市自有 1 项）/).waitFor();
    // The heatmap (drawn lazily), described in words: each cell with its score.
    await page.locator('#matrix-heatmap-title ~ * [role="img"]').first().waitFor();
    const table = page.getByRole('region', { name: '政策产品及其状态' });
    const cell = e2e.data.pack.interoperability_matrix?.cells.find(
      (c) => c.area === 'strategic-management' && c.dimension === 'legal',
    );
    const legal = cell?.products[0]?.name.zh ?? '';

    await table.getByRole('button', { name: `修改：${legal}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('状态').selectOption('adopted');
    await dialog.getByLabel('文件链接（可选）').fill('https://example.org/legal.pdf');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await table.getByText('文件：https://example.org/legal.pdf').waitFor();
    await page.getByText(/已采用 3 项/).waitFor();

    const place = `${e2e.data.pack.areas[2]?.name.zh ?? ''} × ${
      e2e.data.pack.interoperability_matrix?.dimensions[3]?.name.zh ?? ''
    }`;
    await table.getByRole('button', { name: `补充自有产品：${place}` }).click();
    await dialog.getByLabel('名称').fill('城市数据目录');
    await dialog.getByRole('checkbox', { name: /^B13 / }).check();
    await dialog.getByLabel('状态').selectOption('drafting');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    const product = table.getByRole('listitem').filter({ hasText: '城市数据目录' });
    await product.getByText('本市自有').waitFor();
    await product.getByText('起草中').waitFor();
    await product.getByRole('button', { name: '删除：城市数据目录' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await product.waitFor({ state: 'detached' });

    const organisational = e2e.data.pack.interoperability_matrix?.cells.find(
      (c) => c.area === 'strategic-management' && c.dimension === 'organisational',
    )?.products[0]?.name.zh;
    await table.getByRole('button', { name: `修改：${organisational ?? ''}` }).click();
    await dialog.getByLabel('状态').selectOption('drafting');
    await e2e.admin.put(
      e2e.api('/interoperability/standard/strategic-management/organisational/1'),
      { status: 'reviewed' },
    );
    await dialog.getByRole('button', { name: '保存' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: '其他人已同时保存了此项' });
    await conflict.waitFor();
    expect(
      await conflict.getByRole('row', { name: /^状态/ }).getByRole('cell').allTextContents(),
    ).toEqual(['已复审', '起草中']);
    await conflict.getByRole('button', { name: '保留已保存的版本' }).click();
    await dialog.waitFor({ state: 'detached' });

    const matrix = await e2e.admin.get<{
      cells: {
        areaId: string;
        dimensionId: string;
        standard: { status: string }[];
        own: unknown[];
      }[];
    }>(e2e.api('/interoperability'));
    const stored = (area: string, dimension: string) =>
      matrix.body.cells.find((c) => c.areaId === area && c.dimensionId === dimension);
    expect(stored('strategic-management', 'legal')?.standard[0]?.status).toBe('adopted');
    expect(stored('strategic-management', 'organisational')?.standard[0]?.status).toBe('reviewed');
    expect(stored('digital-and-physical-resource-management', 'semantic')?.own).toEqual([]);
  });

  it('lets a viewer read the three tools and change nothing', async () => {
    const page = await e2e.pageOf('en', 'viewer');
    const readOnly = 'Read-only: your role can read the workspace but not change it.';

    await page.goto(e2e.url('principles'));
    const visionary = page.getByRole('article', { name: principleName('visionary', 'en') });
    await visionary.getByText('Adopted as written', { exact: true }).waitFor();
    await page.getByText(readOnly).waitFor();
    await page.getByText('韧性优先 Resilience first').waitFor();
    expect(
      await page
        .getByRole('button', { name: /Adopt as written|Record who agreed|Add a principle/ })
        .count(),
    ).toBe(0);

    await page.goto(e2e.url('components'));
    await page.getByText(readOnly).waitFor();
    const b1 = page.locator('#component-B1');
    await b1.getByText(/^Checklist: 6 recommendations/).click();
    await page.locator('#recommendation-B1\\.a').getByText('Done', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Update progress/ }).count()).toBe(0);

    await page.goto(e2e.url('interoperability'));
    await page.getByText(readOnly).waitFor();
    await page
      .getByRole('region', { name: 'Policy products and their status' })
      .getByText('Reviewed')
      .first()
      .waitFor();
    expect(
      await page.getByRole('button', { name: /^Change|^Add own product|^Delete/ }).count(),
    ).toBe(0);
  });
});
