import { describe, expect, it } from 'vitest';
import { createRoadmapAndBenefits } from './programme-roadmap-setup.js';
import { programmeBrowserTest } from './programme-setup.js';

interface StoredMap {
  nodes: {
    id: string;
    kind: string;
    label: string;
    initiativeId: string | null;
    x: number;
    y: number;
  }[];
  links: { fromNodeId: string; toNodeId: string }[];
}
interface StoredKpi {
  id: string;
  name: string;
  owner: string;
  version: number;
  actuals: { on: string; value: number }[];
  status: { status: string };
}

/**
 * The benefit map and the KPIs in the browser, on the demo city with a plan set up through the
 * API: the map drawn with what it reaches and what is missing, the KPIs with the off-track one
 * flagged; a programme office member adds nodes and arrows with the keyboard (a loop refused with
 * the API's reason), puts a roadmap initiative on the map, drags a node and moves one down its
 * column, records and deletes an actual value, is told what is wrong with a KPI, and sees someone
 * else's save meanwhile next to theirs; a viewer reads it all in Chinese and can change nothing.
 */
describe('the benefit map and the KPIs in the browser', () => {
  const e2e = programmeBrowserTest(createRoadmapAndBenefits, {
    viewport: { width: 1280, height: 900 },
  });
  const storedMap = async () => (await e2e.admin.get<StoredMap>(e2e.api('/benefit-map'))).body;
  const storedKpi = async (id: string) =>
    (await e2e.admin.get<{ kpis: StoredKpi[] }>(e2e.api('/kpis'))).body.kpis.find(
      (k) => k.id === id,
    );

  it('draws the map with what it reaches and misses, and flags the off-track KPI', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('benefits'));
    await page.getByRole('heading', { level: 1, name: 'Benefits realisation and KPIs' }).waitFor();
    const chart = page.locator('#benefit-map ~ * .cm-chart[aria-label]').first();
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toContain('开放数据门户 Open data portal → 空气更清洁 Cleaner air');
    const purposes = page.getByRole('region', { name: 'Which purposes the map reaches' });
    await purposes
      .getByRole('row', { name: /^Preservation and improvement of the environment/ })
      .getByText('chains: 1')
      .first()
      .waitFor();
    await page.getByText('Roadmap initiatives not on the map:').waitFor();
    const late = page.getByRole('alert').filter({ hasText: 'KPIs off track: 1' });
    await late.getByRole('link', { name: 'PM2.5 年均浓度 PM2.5 annual mean' }).waitFor();
    const pm = page.getByRole('article', { name: /PM2\.5 annual mean/ });
    await pm.getByRole('heading', { name: /Off track$/ }).waitFor();
    await pm.getByText(/The trajectory expects 32\.56 µg\/m³ on that date\./).waitFor();
  });

  it('adds nodes and arrows with the keyboard, and shows why a loop is refused', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('benefits'));
    const addNode = page.getByRole('form', { name: 'Add a node' });
    await addNode.getByLabel('Kind of node').selectOption('outcome');
    await addNode.getByLabel('Label').fill('Fewer car trips');
    await addNode.getByRole('button', { name: 'Add the node' }).click();
    const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
    await outcomes.getByText('Fewer car trips', { exact: true }).first().waitFor();

    const addLink = page.getByRole('form', { name: 'Add an arrow' });
    const arrow = async (from: string, to: string) => {
      await addLink.getByLabel('From').selectOption({ label: from });
      await addLink.getByLabel('To').selectOption({ label: to });
      await addLink.getByRole('button', { name: 'Add the arrow' }).click();
    };
    await arrow('Output: 开放数据门户 Open data portal', 'Outcome: Fewer car trips');
    await arrow('Outcome: Fewer car trips', 'Outcome: 空气更清洁 Cleaner air');
    await outcomes.getByText('→ 空气更清洁 Cleaner air').first().waitFor();
    await arrow('Outcome: 空气更清洁 Cleaner air', 'Outcome: Fewer car trips');
    await page.getByRole('alert').filter({ hasText: 'This arrow would close a loop' }).waitFor();
    const map = await storedMap();
    const fewer = map.nodes.find((n) => n.label === 'Fewer car trips');
    expect(map.links).toEqual(
      expect.arrayContaining([
        { fromNodeId: e2e.data.nodes.portal, toNodeId: fewer?.id },
        { fromNodeId: fewer?.id, toNodeId: e2e.data.nodes.cleanAir },
      ]),
    );
    expect(map.links).not.toContainEqual({
      fromNodeId: e2e.data.nodes.cleanAir,
      toNodeId: fewer?.id,
    });

    // A roadmap initiative missing from the map goes on it in one step.
    await page.getByRole('button', { name: /^Add to the map.*Air quality sensors/ }).click();
    await page
      .getByRole('region', { name: 'Initiatives', exact: true })
      .getByText(/Air quality sensors/)
      .first()
      .waitFor();
    expect(
      (await storedMap()).nodes.some((n) => n.initiativeId === e2e.data.initiatives.sensors),
    ).toBe(true);
  });

  it('moves nodes by dragging them and with the keyboard', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('benefits'));
    const chart = page.locator('#benefit-map ~ * .cm-chart').first();
    await chart.waitFor();
    await expect.poll(async () => (await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    const box = await chart.boundingBox();
    const before = (await storedMap()).nodes.find((n) => n.id === e2e.data.nodes.portal);
    if (!box || !before) throw new Error('no chart or node');
    // The graph is drawn unscaled: 8 px of margin, x in thousandths of the width, 40 px of headings.
    const x = box.x + 8 + (before.x * (box.width - 16)) / 1000;
    const y = box.y + 40 + before.y;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 40, { steps: 4 });
    await page.mouse.move(x, y + 90, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => (await storedMap()).nodes.find((n) => n.id === e2e.data.nodes.portal)?.y)
      .toBe(before.y + 90);

    const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
    const cleanAir = outcomes.getByRole('listitem').filter({ hasText: /^空气更清洁 Cleaner air/ });
    const below = (await storedMap()).nodes.find((n) => n.label === 'Fewer car trips');
    await cleanAir.getByRole('button', { name: /^Move down/ }).click();
    await expect
      .poll(async () => (await storedMap()).nodes.find((n) => n.id === e2e.data.nodes.cleanAir)?.y)
      .toBe(below?.y);
  });

  it('records and deletes an actual value, and refuses a trajectory out of order', async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('benefits'));
    const datasets = page.getByRole('article', { name: /Open datasets/ });
    await datasets.getByRole('heading', { name: /No data yet$/ }).waitFor();
    const record = datasets.getByRole('form', { name: 'Record an actual value' });
    await record.getByLabel('Date').fill('2026-07-01');
    await record.getByLabel('Value').fill('oops');
    await record.getByRole('button', { name: /^Record/ }).click();
    await record.getByText('Enter a number, e.g. 25.5').waitFor();
    await record.getByLabel('Value').fill('210');
    await record.getByRole('button', { name: /^Record/ }).click();
    await datasets.getByRole('heading', { name: /On track/ }).waitFor();
    await datasets.getByRole('row', { name: /July 1, 2026 210/ }).waitFor();
    expect((await storedKpi(e2e.data.kpis.noData))?.status.status).toBe('on-track');

    await datasets
      .getByRole('row', { name: /July 1, 2026 210/ })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page
      .getByRole('dialog', { name: /Delete the value of/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await datasets.getByRole('heading', { name: /No data yet/ }).waitFor();

    await page.getByRole('button', { name: 'Add a KPI' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a KPI' });
    await dialog.getByLabel('Name').fill('Cycling share');
    await dialog.getByLabel('Baseline value').fill('12');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText("Give both the baseline's date and value, or neither").waitFor();
    await dialog.getByLabel('Baseline date').fill('2026-06-01');
    await dialog.getByLabel('Milestone 1: date').fill('2026-01-01');
    await dialog.getByLabel('Milestone 1: value').fill('20');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Only the API knows the order rule across fields: its refusal is shown at the trajectory.
    await dialog.locator('.cm-rm-error').filter({ hasText: /^1: / }).waitFor();
    await dialog.getByLabel('Milestone 1: date').fill('2027-06-01');
    await dialog
      .getByLabel('Outcome it measures')
      .selectOption({ label: '空气更清洁 Cleaner air' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('article', { name: /Cycling share/ })
      .getByRole('heading', { name: /No data yet$/ })
      .waitFor();
  });

  it("shows someone else's change of a KPI meanwhile and keeps theirs when asked", async () => {
    const page = await e2e.pageOf('en', 'office');
    await page.goto(e2e.url('benefits'));
    const share = page.getByRole('article', { name: /Renewable energy share/ });
    await share.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Owner').fill('Climate unit');
    const before = await storedKpi(e2e.data.kpis.onTrack);
    const changed = await e2e.patchMeanwhile(`/kpis/${e2e.data.kpis.onTrack}`, before?.version, {
      owner: 'Energy bureau',
    });
    expect(changed.status).toBe(200);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const conflict = dialog
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this meanwhile' });
    const owner = conflict.getByRole('row', { name: /^Owner/ });
    await owner.getByText('Energy bureau').waitFor();
    await owner.getByText('Climate unit').waitFor();
    await conflict.getByRole('button', { name: 'Keep the saved version' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await share.getByText('Energy bureau').waitFor();
    expect((await storedKpi(e2e.data.kpis.onTrack))?.owner).toBe('Energy bureau');
  });

  it('lets a viewer read the map and the KPIs in Chinese without changing anything', async () => {
    const page = await e2e.pageOf('zh', 'viewer');
    await page.goto(e2e.url('benefits'));
    await page.getByRole('heading', { level: 1, name: '利益实现与关键绩效指标' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '利益图' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '关键绩效指标' }).waitFor();
    await page
      .getByRole('article', { name: /PM2\.5/ })
      .getByRole('heading', { name: /偏离轨迹$/ })
      .waitFor();
    expect(await page.getByRole('form', { name: '添加节点' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '添加关键绩效指标' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(编辑|删除|上移|下移|记录)/ }).count()).toBe(0);
    const href = await page
      .getByRole('link', { name: '下载利益实现计划（XLSX）' })
      .getAttribute('href');
    expect(href).toContain('lang=zh');
  });
});
