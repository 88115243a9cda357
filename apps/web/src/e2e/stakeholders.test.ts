import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '@citymaturity/server/test-support';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

/** The list with problems: a bad email on line 3, a missing name and an unknown group on line 4. */
const listWithProblems = [
  'name,email,group',
  'Anna Chen,anna@example.org,Academia',
  'Ben Okafor,not-an-email,Residents',
  ',carla@example.org,Nobody',
].join('\n');

/** The same list corrected (groups by English name, Chinese name and key). */
const correctedList = [
  'name,email,group',
  'Anna Chen,anna@example.org,Academia',
  'Ben Okafor,ben@example.org,居民',
  'Carla Ruiz,carla@example.org,private-sector',
].join('\n');

/**
 * The organiser's side of a multi-stakeholder rating in real Chromium: creates the assessment,
 * invites one person, imports a list (refused with its problems, then corrected), copies a link
 * and opens it in a second browser with no session, revokes an invitation and reveals the results.
 * The tests run in order.
 */
describe('inviting stakeholders in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let stakeholdersUrl = '';
  let copiedLink = '';
  let revokedLink = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    context = await browser.newContext({ locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const invitationRow = (name: string) =>
    page.locator('#invitations tbody tr').filter({ has: page.getByText(name, { exact: true }) });

  it('creates a multi-stakeholder assessment and lands on its stakeholders page', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill('demo@citymaturity.example');
    await page.getByRole('textbox', { name: 'Password' }).fill('demo-city-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Example City/ }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Stakeholder views 2026');
    await page.getByRole('radio', { name: 'Multiple stakeholder views' }).check();
    await page.getByRole('button', { name: 'Create and invite stakeholders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    expect(page.url()).toMatch(/\/assessments\/[0-9a-f-]{36}\/stakeholders$/);
    stakeholdersUrl = page.url();
    await page.getByText('Nobody has been invited yet.', { exact: false }).first().waitFor();
  });

  it('invites one person and shows their link once', async () => {
    const form = page.locator('form[aria-labelledby="invite-one-title"]');
    await form.getByRole('textbox', { name: 'Name' }).fill('Li Wei');
    await form.getByRole('textbox', { name: 'Email (optional)' }).fill('li.wei@example.org');
    await form.getByRole('combobox', { name: 'Stakeholder group' }).selectOption('residents');
    await form.getByRole('button', { name: 'Invite and show the link' }).click();
    await page.getByRole('heading', { level: 2, name: 'New link: copy it now' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Link of Li Wei' }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/respond/[\\w-]{20,}$`));
    await invitationRow('Li Wei').getByText('Not opened', { exact: true }).waitFor();
  });

  it('refuses a list with problems, naming each by line and column, and invites nobody', async () => {
    const form = page.locator('form[aria-labelledby="invite-many-title"]');
    await form.getByRole('textbox', { name: /^The list/ }).fill(listWithProblems);
    await page.getByRole('heading', { name: 'The list as read: 3 people' }).waitFor();
    await form.getByRole('button', { name: 'Invite 3 people' }).click();
    const problems = page.locator('.cm-sh-problems');
    await problems.getByText('Correct these 3 problems and invite again').waitFor();
    expect(await problems.locator('li').allTextContents()).toEqual([
      'Line 3, column 2 (email): not a valid email address: "not-an-email"',
      'Line 4, column 1 (name): the name is missing',
      `Line 4, column 3 (group): there is no stakeholder group "Nobody" (give a group's key or its Chinese or English name)`,
    ]);
    // The problems are marked in the preview, and nobody was invited.
    expect(await page.locator('.cm-sh-preview .cm-sh-problem-mark').count()).toBe(3);
    expect(await page.locator('#invitations tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page, 'stakeholders page with the problems of a list');
  });

  it('invites the corrected list of three and shows their links', async () => {
    const form = page.locator('form[aria-labelledby="invite-many-title"]');
    await form.getByRole('textbox', { name: /^The list/ }).fill(correctedList);
    await page.getByText('The list has changed since it was checked').waitFor();
    await form.getByRole('button', { name: 'Invite 3 people' }).click();
    await page.getByRole('heading', { level: 2, name: '4 new links: copy them now' }).waitFor();
    await expectNoProblems(page);
    for (const name of ['Anna Chen', 'Ben Okafor', 'Carla Ruiz'])
      await invitationRow(name).getByText('Not opened', { exact: true }).waitFor();
    expect(await page.locator('#invitations tbody tr').count()).toBe(4);
    await expectNoAxeViolations(page, 'stakeholders page with new links');
    expect(await page.locator('.cm-sh-bar-row').allTextContents()).toEqual([
      expect.stringMatching(/^Academia1 invited · 0 completed/),
      expect.stringMatching(/^Private sector1 invited/),
      expect.stringMatching(/^Residents2 invited/),
    ]);
  });

  it('copies a link to the clipboard', async () => {
    copiedLink = await page.getByRole('textbox', { name: 'Link of Ben Okafor' }).inputValue();
    revokedLink = await page.getByRole('textbox', { name: 'Link of Carla Ruiz' }).inputValue();
    await page.getByRole('button', { name: /^Copy\W+Ben Okafor$/ }).click();
    await page.getByText('The link of Ben Okafor has been copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copiedLink);
    await page.getByRole('button', { name: 'Copy all (name, group, link)' }).click();
    const all = await page.evaluate(() => navigator.clipboard.readText());
    expect(all.split('\n')).toHaveLength(4);
    expect(all).toContain(`Ben Okafor\tResidents\t${copiedLink}`);
  });

  it('hides the links once saved, after confirmation', async () => {
    await page.getByRole('button', { name: 'I have saved them: hide the links' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hide', exact: true }).click();
    await page.locator('#links-title').waitFor({ state: 'detached' });
  });

  it('opens the copied link in another browser, without an account', async () => {
    const stranger = await browser.newContext({ locale: 'en-GB' });
    try {
      const token = new URL(copiedLink).pathname.replace('/respond/', '');
      const api = await stranger.request.get(`${server.url}/api/v1/respond/${token}`);
      expect(api.status()).toBe(200);
      expect(((await api.json()) as { respondent: { name: string } }).respondent.name).toBe(
        'Ben Okafor',
      );
      const other = await stranger.newPage();
      await other.goto(copiedLink);
      await other.getByText('Ben Okafor').first().waitFor();
      // An answer, so that there are results to reveal.
      const saved = await stranger.request.put(
        `${server.url}/api/v1/respond/${token}/ratings/1.1.1`,
        { data: { current: 2, target: 4 } },
      );
      expect(saved.status()).toBe(200);
    } finally {
      await stranger.close();
    }
    await page.reload();
    await invitationRow('Ben Okafor').getByText('In progress').waitFor();
  });

  it('gives a new link to someone who lost theirs', async () => {
    await invitationRow('Anna Chen')
      .getByRole('button', { name: /^New link\W+Anna Chen$/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Make a new link' }).click();
    await page.getByRole('heading', { level: 2, name: 'New link: copy it now' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Link of Anna Chen' }).inputValue();
    expect(link).toMatch(/\/respond\/[\w-]{20,}$/);
  });

  it('revokes an invitation, so that its link stops working', async () => {
    await invitationRow('Carla Ruiz')
      .getByRole('button', { name: /^Revoke\W+Carla Ruiz$/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await invitationRow('Carla Ruiz').getByText('Revoked', { exact: true }).waitFor();
    expect(await invitationRow('Carla Ruiz').getByRole('button').count()).toBe(0);
    await page.getByText('Revoked or expired', { exact: true }).first().waitFor();
    const token = new URL(revokedLink).pathname.replace('/respond/', '');
    const api = await context.request.get(`${server.url}/api/v1/respond/${token}`);
    expect(api.status()).toBe(410);
  });

  it('reveals the results after explaining what that does', async () => {
    await page.getByRole('button', { name: 'Reveal the results…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/closes rating for everyone/).waitFor();
    await dialog.getByText(/at least 3 respondents/).waitFor();
    await expectNoAxeViolations(page, 'the reveal dialog');
    await dialog.getByRole('button', { name: 'Reveal and close rating' }).click();
    await page
      .getByText(/^Results revealed on .+: rating has closed\.$/)
      .first()
      .waitFor();
    // Rating has closed: nobody more can be invited, and the reveal is not offered again.
    expect(await page.locator('#invite').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reveal the results…' }).count()).toBe(0);
    expect(stakeholdersUrl).toBe(page.url());
  });
});

/** No problem list is shown. */
async function expectNoProblems(page: Page): Promise<void> {
  expect(await page.locator('.cm-sh-problems').count()).toBe(0);
}
