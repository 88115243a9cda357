import type { OperatingModelPack } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { programmeBrowserTest, type Lang } from './programme-setup.js';

/** The workspace's pages: path, h1 in both languages, and a text of the pack the page shows. */
interface ToolCase {
  path: string;
  title: Record<Lang, string>;
  packText: (pack: OperatingModelPack, lang: Lang) => string;
}

const tools: ToolCase[] = [
  {
    path: '',
    title: { zh: '智慧城市运行模型工作区', en: 'ISO 37106 operating model workspace' },
    packText: (pack, lang) => pack.parts[1]?.name[lang] ?? '',
  },
  {
    path: 'principles',
    title: { zh: '实施原则', en: 'Implementation principles' },
    packText: (pack, lang) =>
      pack.implementation_principles?.[0]?.statements[0]?.items[0]?.[lang] ?? '',
  },
  {
    path: 'components',
    title: { zh: '组成部分跟踪', en: 'Component tracker' },
    packText: (pack, lang) => pack.components.find((c) => c.code === 'B7')?.summary[lang] ?? '',
  },
  {
    path: 'interoperability',
    title: { zh: '交互性矩阵', en: 'Interoperability matrix' },
    packText: (pack, lang) => pack.interoperability_matrix?.cells[0]?.products[1]?.name[lang] ?? '',
  },
  {
    path: 'roadmap',
    title: { zh: '智慧城市路线图', en: 'Smart city roadmap' },
    packText: (pack, lang) => pack.roadmap_phases?.[4]?.focus[lang] ?? '',
  },
  {
    path: 'benefits',
    title: { zh: '利益实现与关键绩效指标', en: 'Benefits realisation and KPIs' },
    packText: (pack, lang) => pack.purposes?.[0]?.includes[1]?.[lang] ?? '',
  },
  {
    path: 'reviews',
    title: { zh: '关键成功因素评审', en: 'Key success factor reviews' },
    packText: (pack, lang) =>
      pack.key_success_factors?.[8]?.subfactors[0]?.checklist[0]?.text[lang] ?? '',
  },
  {
    path: 'risks',
    title: { zh: '风险登记册', en: 'Risk register' },
    packText: (pack, lang) => pack.key_success_factors?.[6]?.name[lang] ?? '',
  },
  {
    path: 'stakeholders',
    title: { zh: '利益相关方登记册', en: 'Stakeholder register' },
    packText: (pack, lang) => pack.stakeholder_types?.[2]?.description[lang] ?? '',
  },
  {
    path: 'self-checks',
    title: { zh: '采购与治理变革自查', en: 'Procurement and governance self-checks' },
    packText: (pack, lang) => pack.procurement_transformation?.rows[15]?.smart[lang] ?? '',
  },
];

const linkName: Record<Lang, string> = { zh: '智慧城市运行模型工作区', en: 'ISO 37106 workspace' };
const toolsNav: Record<Lang, string> = { zh: '工作区工具', en: 'Workspace tools' };

/**
 * The ISO 37106 workspace's shell in the browser, on the demo city: the organisation page links
 * to it for roles that may see it, each tool page shows its h1 and the pack's content in Chinese
 * and in English, the tools' navigation works with the keyboard, and a respondent neither sees
 * the link nor the workspace.
 */
describe('the ISO 37106 workspace shell in the browser', () => {
  const e2e = programmeBrowserTest(async (admin) => ({
    pack: (await admin.get<OperatingModelPack>('/api/v1/models/scom')).body,
  }));

  describe.each(['zh', 'en'] as const)('in %s', (lang) => {
    it('leads from the organisation to the workspace, whose every tool shows its h1 and the pack', async () => {
      const page = await e2e.pageOf(lang, 'demo');
      await page.goto(`${e2e.server.url}/organisations/${e2e.organisationId}`);
      await page.getByRole('link', { name: linkName[lang] }).click();
      await page.waitForURL((u) => u.pathname === `/organisations/${e2e.organisationId}/programme`);
      const nav = page.getByRole('navigation', { name: toolsNav[lang] });
      // The tools' navigation lists the pages in the order of `tools`: follow each link.
      for (const [index, tool] of tools.entries()) {
        await nav.getByRole('link').nth(index).click();
        await page.waitForURL(
          (u) =>
            u.pathname ===
            `/organisations/${e2e.organisationId}/programme${tool.path ? `/${tool.path}` : ''}`,
        );
        const heading = page.getByRole('heading', { level: 1 });
        await heading.filter({ hasText: tool.title[lang] }).waitFor();
        const text = tool.packText(e2e.data.pack, lang);
        expect(text, `a pack text for ${tool.path || 'overview'}`).not.toBe('');
        await page.locator('main').getByText(text, { exact: false }).first().waitFor();
        expect([await heading.count(), await nav.locator('[aria-current="page"]').count()]).toEqual(
          [1, 1],
        );
      }
    });
  });

  it('moves through the tools with the keyboard, the navigation keeping the focus', async () => {
    const page = await e2e.pageOf('en', 'demo');
    await page.goto(e2e.url());
    const nav = page.getByRole('navigation', { name: 'Workspace tools' });
    await nav.getByRole('link', { name: 'Overview' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/programme/components'));
    await page.getByRole('heading', { level: 1, name: 'Component tracker' }).waitFor();
    const focused = () =>
      page.evaluate(() => [
        document.activeElement?.textContent ?? '',
        document.activeElement?.getAttribute('aria-current') ?? '',
      ]);
    expect(await focused()).toEqual(['Component tracker', 'page']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Implementation principles' }).waitFor();
    expect(await focused()).toEqual(['Principles', 'page']);
    expect(await page.title()).toContain('Implementation principles');
  });

  it("takes a product's component tag to the component in the tracker", async () => {
    const page = await e2e.pageOf('en', 'demo');
    await page.goto(e2e.url('interoperability'));
    await page.getByRole('link', { name: 'Component B14' }).first().click();
    await page.waitForURL((u) => u.pathname.endsWith('/programme/components'));
    await page.waitForFunction(() => document.activeElement?.id === 'component-B14');
    expect(new URL(page.url()).hash).toBe('#component-B14');
  });

  it('links a programme office member to the workspace, which they may manage', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(`${e2e.server.url}/organisations/${e2e.organisationId}`);
    await page.getByRole('link', { name: 'ISO 37106 workspace' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'ISO 37106 operating model workspace' })
      .waitFor();
    await page.getByText('Your role can manage the workspace').waitFor();
    expect(await page.getByRole('navigation', { name: 'Workspace tools' }).count()).toBe(1);
  });

  it('shows a respondent neither the link nor the workspace', async () => {
    const page = await e2e.pageOf('en', 'respondent');
    await page.goto(`${e2e.server.url}/organisations/${e2e.organisationId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.getByRole('link', { name: 'ISO 37106 workspace' }).count()).toBe(0);
    await page.goto(e2e.url('roadmap'));
    await page
      .getByText('Your role in this organisation does not include the ISO 37106 workspace')
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Workspace tools' }).count()).toBe(0);
  });
});
