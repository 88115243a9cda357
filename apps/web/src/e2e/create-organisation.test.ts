import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, testPassword, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

/**
 * The platform administrator of an installation adds a city with its first administrator, in
 * English; that administrator signs in and finds the city, with nothing in it yet.
 */
describe('a new city on the platform, in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    await createTestUser(server, 'platform@test.example', undefined, { platformAdmin: true });
    page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function signIn(email: string, password: string) {
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  it('names the fields the form still needs before sending anything', async () => {
    await signIn('platform@test.example', testPassword);
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.getByText('Enter the administrator’s email address').waitFor();
    await page.getByText('Enter the two-letter country code, e.g. CN').waitFor();
  });

  it('creates the city with a new administrator account', async () => {
    await page.getByRole('textbox', { name: 'Name in Chinese' }).fill('悉尼');
    await page.getByRole('textbox', { name: 'Name in English' }).fill('Sydney');
    await page.getByRole('textbox', { name: 'Country code' }).fill('au');
    await page.getByRole('textbox', { name: 'Administrator’s email' }).fill('lead@sydney.example');
    await page.getByRole('textbox', { name: 'Administrator’s name' }).fill('Smart City Lead');
    await page
      .getByRole('textbox', { name: 'Initial password (for a new account)' })
      .fill('harbour bridge 2026');
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.getByText('Sydney has been created').waitFor();
    const all = page.getByRole('table', { name: 'All organisations on this installation' });
    await all.getByRole('rowheader', { name: /Sydney/ }).waitFor();
  });

  it('lets the new administrator sign in to the city, which has no assessment yet', async () => {
    await page.context().clearCookies();
    await signIn('lead@sydney.example', 'harbour bridge 2026');
    await page.getByRole('heading', { level: 1, name: /Sydney/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Create and start answering' }).count()).toBe(1);
  });
});
