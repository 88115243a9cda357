import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createTestUser,
  testPassword,
  type TestServer,
} from '@citymaturity/server/test-support';
import {
  createBenchmarkingConsortium,
  importWorkshopResult,
  memberLevels,
  type BenchmarkingSetup,
} from './benchmarking-setup.js';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

type Measure =
  | { suppressed: true; city: number | null }
  | {
      suppressed: false;
      city: number | null;
      n: number;
      median: number;
      q1: number;
      q3: number;
      percentileRank: number | null;
    };
interface Item {
  current: Measure;
  target: Measure;
}
interface Comparison {
  peerGroup: { size: number; minPeerCities: number };
  characteristics: Record<string, Item>;
  subdimensions: Record<string, Item>;
  dimensions: Record<string, Item>;
  rollupGroups: Record<string, Item>;
  overall: Item;
}

/** Every measure of every item of a comparison. */
const measuresOf = (c: Comparison): Measure[] =>
  [
    ...Object.values(c.characteristics),
    ...Object.values(c.subdimensions),
    ...Object.values(c.dimensions),
    ...Object.values(c.rollupGroups),
    c.overall,
  ].flatMap((i) => [i.current, i.target]);

/** A figure as the page writes it in English (up to two decimals). */
const shown = (value: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);

async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((u) => u.pathname !== '/login');
}

/**
 * A benchmarking consortium in the browser: a standards institute runs it and five peer cities
 * of different countries, sizes and kinds have joined and shared a facilitated workshop's result
 * (all through the API). The institute makes a new join code on screen and passes it on; the demo
 * city joins with it and its consent, shares its own workshop result, and compares itself: the
 * median and quartiles on screen are those of the API. A peer group of fewer cities than the
 * threshold shows no peer figure, and the API's answer for it has none either. The tests run in
 * order.
 */
describe('benchmarking consortia in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let institute: Page;
  let city: Page;
  let setup: BenchmarkingSetup;
  let instituteId = '';
  let cityId = '';
  let workshopId = '';
  let joinCode = '';

  const membershipPath = () => `/organisations/${cityId}/benchmarking/${setup.consortiumId}`;
  const comparisonApi = (query = '') =>
    `${server.url}/api/v1/organisations/${cityId}/consortium-memberships/${setup.consortiumId}/comparison${query}`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    await createTestUser(server, 'platform@bench.example', undefined, { platformAdmin: true });
    await createTestUser(server, 'institute@bench.example');
    await createTestUser(server, 'peers@bench.example');
    const platform = new ApiClient(server.url);
    await platform.signIn('platform@bench.example', testPassword);
    const organiser = new ApiClient(server.url);
    await organiser.signIn('institute@bench.example', testPassword);
    const peerAdmin = new ApiClient(server.url);
    await peerAdmin.signIn('peers@bench.example', testPassword);
    const demo = new ApiClient(server.url);
    await demo.signIn('demo@citymaturity.example', 'demo-city-2026');

    const created = await platform.post<{ id: string }>('/api/v1/organisations', {
      nameZh: '标准化研究院',
      nameEn: 'Standards Institute',
      country: 'CN',
      kind: 'city',
      administrator: { email: 'institute@bench.example', displayName: 'Institute' },
    });
    instituteId = created.body.id;
    setup = await createBenchmarkingConsortium({
      platform,
      organiser,
      organiserId: instituteId,
      peerAdmin,
      peerAdminEmail: 'peers@bench.example',
    });
    const organisations = await demo.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    cityId = organisations.body.memberships[0]?.organisation.id ?? '';
    // The city's own facilitated workshop (its baseline is a single-stakeholder one: not shareable).
    workshopId = await importWorkshopResult(
      demo,
      cityId,
      memberLevels,
      '2026-06-01',
      'Workshop 2026',
    );

    institute = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    city = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    for (const page of [institute, city]) page.setDefaultTimeout(15_000);
    await signIn(institute, server.url, 'institute@bench.example', testPassword);
    await signIn(city, server.url, 'demo@citymaturity.example', 'demo-city-2026');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows the organiser who joined and what they agreed to, never their levels', async () => {
    await institute.goto(`${server.url}/organisations/${instituteId}/benchmarking`);
    await institute.getByRole('heading', { level: 2, name: 'Consortia you run' }).waitFor();
    const table = institute.getByRole('table', { name: 'Member cities' });
    await table.getByRole('rowheader', { name: /Capital City/ }).waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(5);
    const capital = rows.filter({ hasText: 'Capital City' });
    // Named to peers, may be contacted, one result shared.
    expect(await capital.locator('td').allTextContents()).toEqual([
      'CN · 北京市',
      'Megacity',
      'City',
      'Consensus or audited',
      'Yes',
      'Yes',
      expect.any(String) as string,
      '1',
      expect.stringContaining('Remove') as string,
    ]);
  });

  it('makes a new join code on screen, shown once to pass on', async () => {
    await institute.getByRole('button', { name: 'Make a new join code' }).click();
    await institute.getByRole('button', { name: 'Make a new join code' }).last().click();
    const code = institute.getByTestId('join-code');
    await code.waitFor();
    joinCode = (await code.textContent()) ?? '';
    expect(joinCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(joinCode).not.toBe(setup.code);
    await institute.getByText('The previous code no longer works').waitFor();
  });

  it('lets the city join with the code and its consent', async () => {
    await city.goto(`${server.url}/organisations/${cityId}`);
    await city.getByRole('link', { name: 'Benchmarking' }).click();
    await city.getByRole('heading', { level: 1, name: 'Benchmarking' }).waitFor();
    await city.getByRole('textbox', { name: 'Join code' }).fill(joinCode.toLowerCase());
    await city.getByRole('radio', { name: /Workshop consensus or audited results/ }).check();
    await city.getByRole('checkbox', { name: /Peers may contact us/ }).check();
    await city.getByRole('textbox', { name: 'Contact person' }).fill('Wang Min');
    await city.getByRole('textbox', { name: 'Contact email' }).fill('wang.min@example.gov.cn');
    await city.getByRole('button', { name: 'Join with this consent' }).click();
    await city.waitForURL((u) => u.pathname === membershipPath());
    await city.getByText('Peers may contact Wang Min (wang.min@example.gov.cn)').waitFor();
    await city.getByText('Your city shares nothing yet').waitFor();
    await city.getByText('Share a result above to compare your city with its peers.').waitFor();
  });

  it('says why the single-stakeholder baseline cannot be shared, and shares the workshop', async () => {
    const table = city.getByRole('table', { name: 'Results your city shares' });
    await table
      .getByText('Cannot be shared: only the consensus of a facilitated workshop')
      .waitFor();
    await table.getByRole('button', { name: 'Share Workshop 2026' }).click();
    await table.getByRole('button', { name: 'Withdraw Workshop 2026' }).waitFor();
    expect(await city.getByTestId('group-size').textContent()).toBe('6 cities, yours included');
  });

  it('shows the median, quartiles and percentile rank the API gives', async () => {
    const response = await city.request.get(comparisonApi());
    const api = (await response.json()) as Comparison;
    expect(api.peerGroup).toMatchObject({ size: 6, minPeerCities: 5 });
    const section = city.getByRole('region', { name: 'Overall, roll-ups and dimensions' });
    await section.getByRole('img').first().waitFor();
    await section.getByRole('button', { name: 'Show as table' }).click();
    const checks: [string, 'current' | 'target', Measure | undefined][] = [
      ['overall', 'current', api.overall.current],
      ['overall', 'target', api.overall.target],
      ['dimension:1', 'current', api.dimensions['1']?.current],
      ['dimension:4', 'target', api.dimensions['4']?.target],
    ];
    for (const [item, which, measure] of checks) {
      if (!measure || measure.suppressed) throw new Error(`${item} is hidden`);
      const row = section.locator(`tr[data-item="${item}"][data-measure="${which}"]`);
      const cell = (figure: string) => row.locator(`[data-figure="${figure}"]`).textContent();
      expect([await cell('q1'), await cell('median'), await cell('q3'), await cell('n')]).toEqual([
        shown(measure.q1),
        shown(measure.median),
        shown(measure.q3),
        String(measure.n),
      ]);
      expect(await cell('rank')).toBe(
        `${shown(measure.percentileRank ?? 0)}: higher than ${shown(measure.percentileRank ?? 0)} % of the group`,
      );
    }
    const overall = section.locator('[data-key-figure="current"]');
    const current = api.overall.current;
    if (current.suppressed) throw new Error('overall hidden');
    await overall.getByText(`${shown(current.q1)}–${shown(current.q3)}`).waitFor();
  });

  it('gives the figures of a characteristic, hiding one too few cities know', async () => {
    const api = (await (await city.request.get(comparisonApi())).json()) as Comparison;
    const block = city.getByRole('region', { name: '1 Strategic management' });
    await block.getByRole('button', { name: 'Show as table' }).click();
    const median = await block
      .locator('tr[data-item="1.1.2"][data-measure="current"] [data-figure="median"]')
      .textContent();
    const measure = api.characteristics['1.1.2']?.current;
    expect(measure?.suppressed).toBe(false);
    expect(median).toBe(shown(measure && !measure.suppressed ? measure.median : NaN));
  });

  it('lists peers to learn from, named only when they agreed', async () => {
    const learn = city.getByRole('region', { name: 'Learn from peers' });
    await learn.getByText(/^1\.1\.1 .*: 3 cities to learn from$/).click();
    const item = learn.locator('details[open]').first();
    await item.getByText(/^Capital City .* level 5 · contact: Zhang Min,/).waitFor();
    await item.getByText(/^A city in your group · level 4 · contact: Li Wei,/).waitFor();
    expect(await learn.textContent()).not.toContain('Riverside');
  });

  it("offers the members' countries and regions to choose from, never as free text", async () => {
    const options = (name: string) =>
      city.getByRole('combobox', { name }).locator('option').allTextContents();
    expect(await options('In the country')).toEqual(['Any', 'China (CN)', 'United Kingdom (GB)']);
    expect(await options('In the region')).toEqual([
      'Any',
      '北京市 (CN)',
      '湖北省 (CN)',
      '示例省 (CN)',
      'England (GB)',
    ]);
    expect(await city.getByRole('textbox', { name: /^In the (country|region)$/ }).count()).toBe(0);
    await city.getByRole('combobox', { name: 'In the country' }).selectOption('GB');
    expect(await options('In the region')).toEqual(['Any', 'England']);
  });

  it('shows no peer figure for a group below the threshold, and the API sends none', async () => {
    await city.getByRole('combobox', { name: 'In the country' }).selectOption('GB');
    await city.getByRole('button', { name: 'Show', exact: true }).click();
    await city.waitForURL((u) => u.search === '?country=GB');
    await city.getByText('The group has 2 of the 5 cities needed').waitFor();
    expect(await city.getByTestId('group-size').textContent()).toBe('2 cities, yours included');
    const section = city.getByRole('region', { name: 'Overall, roll-ups and dimensions' });
    await section.getByText('Every peer figure of this chart is hidden').waitFor();
    expect(await city.locator('[data-figure="median"], [data-figure="q1"]').count()).toBe(0);
    expect(await city.locator('[data-figure="hidden"]').count()).toBeGreaterThan(0);
    expect(await section.locator('[data-key-figure="current"]').textContent()).not.toMatch(
      /Percentile rank/,
    );

    const response = await city.request.get(comparisonApi('?country=GB'));
    expect(response.status()).toBe(200);
    const raw = await response.text();
    const body = JSON.parse(raw) as Comparison;
    expect(body.peerGroup.size).toBe(2);
    for (const measure of measuresOf(body))
      expect(Object.keys(measure).sort()).toEqual(['city', 'suppressed']);
    for (const word of ['median', 'q1', 'q3', 'percentileRank', 'distribution', '"n"'])
      expect(raw).not.toContain(word);
  });

  it('links the results page to the comparison', async () => {
    await city.goto(`${server.url}/organisations/${cityId}/assessments/${workshopId}/results`);
    await city.getByRole('link', { name: 'Compare with peers' }).click();
    await city.waitForURL((u) => u.pathname === membershipPath());
    await city.getByRole('heading', { level: 2, name: 'Compare with your peers' }).waitFor();
  });
});
