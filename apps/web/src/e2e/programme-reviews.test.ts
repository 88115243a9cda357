import { describe, expect, it } from 'vitest';
import { createProgrammeReviewsData } from './programme-reviews-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

interface ReviewBody {
  id: string;
  reviewedOn: string;
  reviewer: string;
  version: number;
  ratings: { itemId: string; rating: number; comment: string }[];
  changes: { counts: { improved: number; worsened: number; same: number } } | null;
}

/**
 * The key success factor reviews in the browser, on the demo city with two reviews made through
 * the API: the trend and the latest review with its changes; a programme office member records a
 * review (in Chinese, starting from the latest one's ratings, with the keyboard on the radio
 * groups), is told what to correct, changes a review someone else saved meanwhile (theirs shown
 * next to theirs, saved over only when asked) and deletes one after confirming; a viewer reads
 * everything, is told so, and downloads the workbook in the interface language. In order.
 */
describe('key success factor reviews in the browser', () => {
  const e2e = programmeBrowserTest(createProgrammeReviewsData);
  const history = async () =>
    (await e2e.admin.get<{ reviews: ReviewBody[] }>(e2e.api('/reviews?kind=key-success-factors')))
      .body.reviews;

  it('shows the trend and the latest review with its changes since the one before', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('reviews'));
    await page.getByRole('heading', { level: 2, name: 'Review of April 15, 2026' }).waitFor();
    // The RAG trend: a drawing described in words (every factor at every review).
    const chart = page.locator('.cm-chart[role="img"]').first();
    await chart.waitFor();
    expect(await page.locator('.cm-chart').first().getAttribute('aria-label')).toContain(
      '1 Strategic clarity: Jan 15, 2026 red (not met), Apr 15, 2026 amber (partly met)',
    );
    const factors = page.getByRole('table').filter({ hasText: 'Since previous' }).first();
    expect(
      await factors.getByRole('row').filter({ hasText: '1 Strategic clarity' }).innerText(),
    ).toMatch(/A\s*Amber\s+0\s+1\s+1\s+6\s+↑\s*improved/);
    await page
      .getByText('Since the review of January 15, 2026: 1 improved, 0 worsened, 1 the same.')
      .waitFor();
  });

  it('records a review in Chinese from the latest ratings, with the keyboard on the radios', async () => {
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('reviews'));
    await page.getByRole('button', { name: '记录一次关键成功因素评审' }).click();
    const editor = page.getByRole('region', { name: '记录一次关键成功因素评审' });
    await editor.getByText('评分从 2026年4月15日 的评审开始').waitFor();
    await editor.getByLabel('评审日期').fill('2026-10-01');
    // 2.a.1 was red in April: to green, with a comment.
    const leadership = editor.locator('#rate-ksf-2a-1');
    expect(await leadership.getByRole('radio', { name: '红' }).isChecked()).toBe(true);
    await leadership.locator('label').filter({ hasText: '绿' }).click();
    await leadership.getByRole('textbox').fill('市长担任项目发起人');
    // 3.a.1 not rated: the arrow key moves along its radio group and rates it red.
    const userFocus = editor.locator('#rate-ksf-3a-1');
    await userFocus.getByRole('radio', { name: '未评' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await userFocus.getByRole('radio', { name: '红' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '记录评审' }).click();
    await page.getByRole('heading', { level: 2, name: '2026年10月1日 的评审' }).waitFor();
    await page.getByText('与 2026年4月15日 的评审相比：1 条改善，0 条变差，2 条不变。').waitFor();

    const latest = (await history()).at(-1);
    expect([
      latest?.reviewedOn,
      latest?.ratings.find((r) => r.itemId === 'ksf-2a-1'),
      latest?.ratings.find((r) => r.itemId === 'ksf-3a-1')?.rating,
      latest?.ratings.find((r) => r.itemId === 'ksf-1a-1')?.comment,
      latest?.changes?.counts,
    ]).toEqual([
      '2026-10-01',
      { itemId: 'ksf-2a-1', rating: 3, comment: '市长担任项目发起人' },
      1,
      'Vision co-designed in three workshops',
      { improved: 1, worsened: 0, same: 2 },
    ]);
  });

  it('says what to correct before sending: the reviewer, and a comment without a rating', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('reviews'));
    await page.getByRole('button', { name: 'Record a key success factor review' }).click();
    const editor = page.getByRole('region', { name: 'Record a key success factor review' });
    await editor.getByRole('button', { name: 'Start from blank instead' }).click();
    await editor.getByLabel('Reviewer').fill('');
    const statement = editor.locator('#rate-ksf-4a-1');
    await statement.getByRole('textbox').fill('Partners not yet named');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await editor.getByText("Give the reviewer's name.").waitFor();
    await editor.getByLabel('Reviewer').fill('Programme board');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await statement.getByText('A comment without a rating').waitFor();
    expect(await statement.getAttribute('aria-invalid')).toBe('true');
    expect((await history()).length).toBe(3);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Record a key success factor review' }).waitFor();
  });

  it('shows a change saved meanwhile as theirs next to yours, and saves over it only when asked', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('reviews'));
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Review of October 1, 2026',
      exact: true,
    });
    await heading.waitFor();
    await page.getByRole('button', { name: /^Edit\W+October 1, 2026$/ }).click();
    const editor = page.getByRole('region', { name: 'Edit the review of October 1, 2026' });
    await editor.locator('#rate-ksf-1a-2').locator('label').filter({ hasText: 'Green' }).click();

    // Someone else saves the review meanwhile.
    const stored = (await history()).at(-1) as ReviewBody;
    const theirs = await e2e.patchMeanwhile(`/reviews/${stored.id}`, stored.version, {
      reviewer: 'Someone else',
    });
    expect(theirs.status).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this meanwhile' });
    await conflict.waitFor();
    const rows = await conflict.getByRole('table').locator('tbody tr').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Reviewer'))).toMatch(
      /Someone else\s+项目办 Programme Office/,
    );
    expect(
      rows.some((r) => r.includes('All stakeholders have a clear') && /Amber\s+Green/.test(r)),
    ).toBe(true);
    expect((await history()).at(-1)?.ratings.find((r) => r.itemId === 'ksf-1a-2')?.rating).toBe(2);

    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await page.getByText('The review of October 1, 2026 is saved.').waitFor();
    await heading.waitFor();
    const saved = (await history()).at(-1);
    expect([saved?.reviewer, saved?.ratings.find((r) => r.itemId === 'ksf-1a-2')?.rating]).toEqual([
      stored.reviewer,
      3,
    ]);
  });

  it('deletes a review after confirming', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('reviews'));
    await page
      .getByLabel('Show another review:')
      .selectOption({ label: 'January 15, 2026 · 项目委员会 Programme board' });
    await page.getByRole('heading', { level: 2, name: 'Review of January 15, 2026' }).waitFor();
    await page.getByRole('button', { name: /^Delete\W+January 15, 2026$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Its 2 ratings and comments are deleted with it').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await history()).length).toBe(3);
    await page.getByRole('button', { name: /^Delete\W+January 15, 2026$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete the review' }).click();
    await page.getByText('The review of January 15, 2026 is deleted.').waitFor();
    expect((await history()).map((r) => r.id)).not.toContain(e2e.data.ksf[0]);
  });

  it('lets a viewer read the reviews, says they are read-only, and offers the workbook', async () => {
    const page = await e2e.pageOf('en', 'viewer');
    await page.goto(e2e.url('reviews'));
    await page.getByRole('heading', { level: 2, name: 'Review of October 1, 2026' }).waitFor();
    await page
      .getByText(
        'Your role can read the key success factor reviews, but not record or change anything here.',
      )
      .waitFor();
    expect([
      await page.getByRole('button', { name: 'Record a key success factor review' }).count(),
      await page.getByRole('button', { name: /^Edit/ }).count(),
      await page.getByRole('button', { name: /^Delete/ }).count(),
    ]).toEqual([0, 0, 0]);
    const link = page.getByRole('link', { name: /XLSX, English/ });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/programme\/reviews\.xlsx\?lang=en$/);
    const download = await page.request.get(`${e2e.server.url}${href}`);
    expect([download.status(), download.headers()['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});
