import { describe, expect, it } from 'vitest';
import { createProgrammeReviewsData } from './programme-reviews-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

interface ReviewBody {
  id: string;
  reviewedOn: string;
  reviewer: string;
  notes: string;
  version: number;
  ratings: { itemId: string; rating: number; comment: string }[];
  summary: { mean: number | null };
}

/**
 * The procurement and governance self-checks in the browser, on the demo city with one of each
 * made through the API: the procurement rows traditional → smart with their positions, the trend
 * and the mean position explained; a programme office member records a procurement self-check
 * (in English) and a governance one (in Chinese, reached through the page's switch), and meets a
 * conflict when someone else saved meanwhile; a viewer reads both, read-only. In order.
 */
describe('procurement and governance self-checks in the browser', () => {
  const e2e = programmeBrowserTest(createProgrammeReviewsData);
  const history = async (kind: 'procurement' | 'governance') =>
    (await e2e.admin.get<{ reviews: ReviewBody[] }>(e2e.api(`/reviews?kind=${kind}`))).body.reviews;

  it('records a procurement self-check: each row placed between traditional and smart', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('self-checks'));
    await page.getByRole('heading', { level: 2, name: 'Review of March 1, 2026' }).waitFor();
    const table = page.getByRole('region', { name: 'Ratings and comments of March 1, 2026' });
    expect(await table.getByRole('row').nth(2).innerText()).toMatch(
      /^2\s.*3\s*Halfway.*Shared frameworks started$/s,
    );
    await page.getByRole('button', { name: 'Record a procurement self-check' }).click();
    const editor = page.getByRole('region', { name: 'Record a procurement self-check' });
    await editor.getByLabel('Reviewed on').fill('2026-09-01');
    const row1 = editor.locator('#rate-procurement-1');
    await row1.getByText('Procurement by organisation, determined by the needs').waitFor();
    await row1.locator('label').filter({ hasText: '4 Mostly smart' }).click();
    await row1.getByRole('textbox').fill('Joint commissioning board in place');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.getByRole('heading', { level: 2, name: 'Review of September 1, 2026' }).waitFor();
    // Rows 1 (4) and 2 (3, kept from March): mean 3.5, half a point up on March's 2.5.
    const figures = page.getByRole('list', { name: 'Figures of this review' });
    expect(await figures.innerText()).toMatch(
      /2 \/ 16\s+rows rated\s+3\.5 \/ 5\s+Mean position\s+\+1\.0/,
    );
    const latest = (await history('procurement')).at(-1);
    expect([latest?.reviewedOn, latest?.summary.mean, latest?.ratings[0]]).toEqual([
      '2026-09-01',
      3.5,
      { itemId: 'procurement-1', rating: 4, comment: 'Joint commissioning board in place' },
    ]);
  });

  it('switches to the governance self-check and records one in Chinese', async () => {
    const page = await e2e.pageOf('zh', 'office');
    await page.goto(e2e.url('self-checks'));
    await page
      .getByRole('navigation', { name: '自查项目' })
      .getByRole('link', { name: /治理变革自查/ })
      .click();
    await page.waitForURL((u) => u.search === '?check=governance');
    await page.getByRole('heading', { level: 2, name: '2026年3月1日 的评审' }).waitFor();
    await page.getByRole('button', { name: '记录一次治理变革自查' }).click();
    const editor = page.getByRole('region', { name: '记录一次治理变革自查' });
    await editor.getByLabel('评审日期').fill('2026-09-15');
    await editor
      .locator('#rate-stakeholder-alignment')
      .locator('label')
      .filter({ hasText: '3 已到位' })
      .click();
    await page.getByRole('button', { name: '记录评审' }).click();
    await page.getByRole('heading', { level: 2, name: '2026年9月15日 的评审' }).waitFor();
    await page.getByText('与 2026年3月1日 的评审相比：1 条改善，0 条变差，0 条不变。').waitFor();
    expect((await history('governance')).at(-1)?.ratings).toEqual([
      { itemId: 'stakeholder-alignment', rating: 3, comment: 'Board set up' },
    ]);
  });

  it('shows a self-check saved meanwhile as a conflict, and takes theirs when asked', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('self-checks'));
    await page.getByRole('button', { name: /^Edit\W+September 1, 2026$/ }).click();
    const editor = page.getByRole('region', { name: 'Edit the review of September 1, 2026' });
    await editor
      .locator('#rate-procurement-3')
      .locator('label')
      .filter({ hasText: '5 Smart' })
      .click();
    const stored = (await history('procurement')).at(-1) as ReviewBody;
    const theirs = await e2e.patchMeanwhile(`/reviews/${stored.id}`, stored.version, {
      notes: 'Checked with the finance department',
    });
    expect(theirs.status).toBe(200);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this meanwhile' });
    await conflict.waitFor();
    const rows = await conflict.getByRole('table').locator('tbody tr').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Notes'))).toMatch(
      /Checked with the finance department\s+\(empty\)/,
    );
    expect(rows.find((r) => r.startsWith('Row 3'))).toMatch(/Not rated\s+5 Smart/);
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await page.getByText('Checked with the finance department').waitFor();
    const latest = (await history('procurement')).at(-1);
    expect([latest?.notes, latest?.ratings.some((r) => r.itemId === 'procurement-3')]).toEqual([
      'Checked with the finance department',
      false,
    ]);
  });

  it('lets a viewer read both self-checks, read-only', async () => {
    const page = await e2e.pageOf('zh', 'viewer');
    for (const [query, kind] of [
      ['', '采购自查'],
      ['?check=governance', '治理变革自查'],
    ] as const) {
      await page.goto(e2e.url(`self-checks${query}`));
      await page.getByRole('heading', { level: 2, name: '历次自查的趋势' }).waitFor();
      await page.getByText(`您的角色可以查看${kind}，但不能在此记录或修改。`).waitFor();
      expect([
        await page.getByRole('button', { name: /记录一次/ }).count(),
        await page.getByRole('button', { name: /^修改/ }).count(),
        await page.getByRole('button', { name: /^删除/ }).count(),
      ]).toEqual([0, 0, 0]);
    }
  });
});
