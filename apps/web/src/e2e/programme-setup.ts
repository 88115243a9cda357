import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

export type Lang = 'zh' | 'en';

/** The demo city's administrator (who sets the data up through the API). */
const demo = { email: 'demo@citymaturity.example', password: 'demo-city-2026' };

/** The members added to the demo city, by who they are (emails `<who>@programme.example`). */
const members = {
  office: { role: 'programme_office', displayName: '项目办 Programme Office' },
  viewer: { role: 'viewer', displayName: 'Vera Viewer' },
  respondent: { role: 'respondent', displayName: 'Li Respondent' },
} as const;
const memberPassword = 'programme-test-2026';

/** Who signs in on a page: a member of {@link members}, or the demo city's administrator. */
export type Who = keyof typeof members | 'demo';

/** Throws with the response when the API did not answer `status` to the set-up step `what`. */
export function expectStatus(
  response: { status: number; body: unknown },
  status: number,
  what: string,
) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/** POSTs `body` to `path` as the set-up step `what`, expecting 201; the created id. */
export async function createdId(
  client: ApiClient,
  path: string,
  body: unknown,
  what: string,
): Promise<string> {
  const created = await client.post<{ id: string }>(path, body);
  expectStatus(created, 201, what);
  return created.body.id;
}

/** A programme browser test's server, data and pages; filled in before the file's tests run. */
export class ProgrammeBrowserTest<T> {
  server!: TestServer;
  browser!: Browser;
  /** The demo city's administrator, signed in through the API. */
  admin!: ApiClient;
  organisationId = '';
  /** What the file's `seed` made. */
  data!: T;
  readonly contexts: BrowserContext[] = [];

  constructor(private readonly viewport?: { width: number; height: number }) {}

  /** The programme API's path, e.g. `api('/risks')`. */
  api(path = ''): string {
    return `/api/v1/organisations/${this.organisationId}/programme${path}`;
  }

  /** The address of a workspace page, e.g. `url('risks')`; the overview without a tool. */
  url(tool = ''): string {
    return `${this.server.url}/organisations/${this.organisationId}/programme${tool ? `/${tool}` : ''}`;
  }

  /** Someone else's change of what is at `api(path)`, saved at `version` meanwhile. */
  patchMeanwhile(path: string, version: number | undefined, body: unknown) {
    return this.admin.request('PATCH', this.api(path), body, {
      'if-match': `"${String(version)}"`,
    });
  }

  /** A page in a new browser context in `lang`, signed in as `who`. */
  async pageOf(lang: Lang, who: Who): Promise<Page> {
    const context = await this.browser.newContext({
      locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
      ...(this.viewport && { viewport: this.viewport }),
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${this.server.url}/login`);
    const { email, password } =
      who === 'demo' ? demo : { email: `${who}@programme.example`, password: memberPassword };
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[type=password]').fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((u) => u.pathname !== '/login');
    return page;
  }
}

/**
 * Sets up a programme browser test file (call it in its `describe`): before the tests, a server
 * with the demo city (see web-server.ts) and Chromium, a programme office member, a viewer and a
 * respondent added to the demo city, and `seed` run as its administrator; after them, everything
 * closed.
 */
export function programmeBrowserTest<T = undefined>(
  seed?: (admin: ApiClient, organisationId: string) => Promise<T>,
  options: { viewport?: { width: number; height: number } } = {},
): ProgrammeBrowserTest<T> {
  const test = new ProgrammeBrowserTest<T>(options.viewport);
  beforeAll(async () => {
    [test.server, test.browser] = await Promise.all([startWebServer(), launchBrowser()]);
    test.admin = new ApiClient(test.server.url);
    await test.admin.signIn(demo.email, demo.password);
    const organisations = await test.admin.get<{
      memberships: { organisation: { id: string } }[];
    }>('/api/v1/organisations');
    test.organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
    for (const [who, { role, displayName }] of Object.entries(members))
      expectStatus(
        await test.admin.post(`/api/v1/organisations/${test.organisationId}/members`, {
          email: `${who}@programme.example`,
          displayName,
          role,
          password: memberPassword,
        }),
        201,
        `member ${who}`,
      );
    if (seed) test.data = await seed(test.admin, test.organisationId);
  });
  afterAll(async () => {
    for (const context of test.contexts) await context.close();
    await test.browser.close();
    await test.server.close();
  });
  return test;
}
