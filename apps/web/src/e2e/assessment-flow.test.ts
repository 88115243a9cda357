import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squeeze, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

/** The level chosen for the i-th characteristic: a spread of levels, one "don't know". */
const currentLevel = (i: number) => (i === 5 ? null : (i % 4) + 1);
const targetLevel = (i: number) => Math.min(5, (i % 4) + 2 + (i % 2));

/**
 * A city's leadership team, end to end, in real Chromium: signs in, fills a whole assessment in
 * Chinese (keyboard on the first characteristic), resumes after a reload, submits, sees the
 * results, switches to English and downloads the PDF report. The tests run in order.
 */
describe('a whole assessment in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let assessmentUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    // Shorter than the test timeout, so that a failing step names what it waited for.
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows the sign-in page in Chinese to a browser that prefers Chinese', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('signs in with email and password and opens the organisation', async () => {
    await page.getByRole('textbox', { name: '邮箱' }).fill('demo@citymaturity.example');
    await page.getByRole('textbox', { name: '密码' }).fill('demo-city-2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /示例市/ }).waitFor();
    expect(page.url()).toMatch(/\/organisations\/[0-9a-f-]{36}$/);
  });

  it('creates an assessment and opens its questionnaire at the first characteristic', async () => {
    await page.getByRole('textbox', { name: '标题' }).fill('浏览器测试评估');
    await page.getByRole('button', { name: '创建并开始作答' }).click();
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    expect(page.url()).toMatch(/\/questionnaire\/1\.1\.1/);
    assessmentUrl = page.url().replace(/\/questionnaire\/.*$/, '');
  });

  it('answers with the keyboard alone', async () => {
    const current = page.getByRole('radiogroup', { name: '现在水平' });
    await current.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await current.getByRole('radio', { name: /^第 2 级/ }).isChecked()).toBe(true);
    await saved(page);
  });

  it('keeps evidence notes and links with the answer', async () => {
    await page.getByRole('textbox', { name: '说明' }).fill('市政府工作报告（2026）第三章');
    await page.getByRole('textbox', { name: '新链接的地址' }).fill('https://example.org/plan');
    await page.getByRole('button', { name: '添加链接' }).click();
    await page.getByRole('link', { name: 'https://example.org/plan' }).waitFor();
    await saved(page);
  });

  it('fills all 32 characteristics, one at a time, saving each automatically', async () => {
    for (let i = 0; i < 32; i++) {
      const level = currentLevel(i);
      if (i > 0)
        await page
          .getByRole('radiogroup', { name: '现在水平' })
          .getByRole('radio', {
            name: level === null ? '不知道' : new RegExp(`^第 ${String(level)} 级`),
          })
          .check();
      await page
        .getByRole('radiogroup', { name: '规划2年后的水平' })
        .getByRole('radio', { name: new RegExp(`^第 ${String(targetLevel(i))} 级`) })
        .check();
      await saved(page);
      if (i < 31) {
        const heading = await page.getByRole('heading', { level: 1 }).textContent();
        await page.getByRole('link', { name: /^下一个/ }).click();
        await page.waitForFunction(
          (before) => document.querySelector('h1')?.textContent !== before,
          heading,
        );
      }
    }
    await page.getByText('已作答 32 / 32 个特征').first().waitFor();
  });

  it('resumes later with every answer and the evidence as saved', async () => {
    await page.goto(`${assessmentUrl}/questionnaire/1.1.1`);
    await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
    const current = page.getByRole('radiogroup', { name: '现在水平' });
    expect(await current.getByRole('radio', { name: /^第 2 级/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: '说明' }).inputValue()).toBe(
      '市政府工作报告（2026）第三章',
    );
    await page.getByText('已作答 32 / 32 个特征').first().waitFor();
  });

  it('submits the assessment after confirmation', async () => {
    await page.goto(assessmentUrl);
    await page.getByRole('button', { name: '提交评估' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('此评估已提交，答案已确定。').waitFor();
  });

  it('shows the results as charts, with strengths, weaknesses and priorities', async () => {
    await page.getByRole('link', { name: '结果', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '评估结果：浏览器测试评估' }).waitFor();
    for (const name of ['子维度雷达图', '成熟度矩阵', '差距图', '优势和不足', '优先事项'])
      await page.getByRole('heading', { name, exact: true }).first().waitFor();
    // ECharts draws each chart once its code has loaded.
    await page.locator('.cm-r-page svg, .cm-r-page canvas').first().waitFor();
    expect(await page.locator('.cm-r-page svg, .cm-r-page canvas').count()).toBeGreaterThanOrEqual(
      3,
    );
    // The first priority is the characteristic with the largest planned gap.
    await page
      .getByText(/^优先事项 1：/)
      .first()
      .waitFor();
  });

  it('switches to English on the same page', async () => {
    const languages = page.getByRole('radiogroup', { name: '界面语言' });
    await languages.getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Results: 浏览器测试评估' }).waitFor();
    expect(
      await page
        .getByRole('radiogroup', { name: 'Interface language' })
        .getByRole('radio', { name: 'English' })
        .isChecked(),
    ).toBe(true);
    await page.getByRole('heading', { name: 'Priorities', exact: true }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('downloads the PDF report in English', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PDF/ }).first().click(),
    ]);
    const path = await download.path();
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = squeeze(await pdfText(pdf));
    expect(text).toContain('ExampleCity');
    expect(text).toContain('浏览器测试评估');
    expect(text).toContain('Priorities');
  });
});

/** Waits until the questionnaire says every answer is saved. */
async function saved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /所有答案已保存|All answers saved/ })
    .waitFor();
}
