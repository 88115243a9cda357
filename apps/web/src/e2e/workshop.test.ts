import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';
import { createWorkshopThroughApi, memberPassword, type WorkshopSetup } from './workshop-setup.js';

/** How long a follower may take to show a change made on another screen (live, no reload). */
const liveTimeout = 5_000;

/**
 * The facilitated workshop in real Chromium, three people at once: seven invited stakeholders have
 * rated and the results are revealed (through the API); the facilitator (English) runs the
 * workshop while a viewer (Chinese) follows it live on another screen, and a second facilitator
 * who edits the same consensus item meanwhile gets the conflict instead of a silent overwrite.
 * The tests run in order.
 */
describe('the facilitated workshop in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let setup: WorkshopSetup;
  let facilitator: Page;
  let follower: Page;
  let second: Page;

  async function signedIn(email: string, locale: string): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ locale });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[type=password]').fill(memberPassword);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    const admin = new ApiClient(server.url);
    await admin.signIn('demo@citymaturity.example', 'demo-city-2026');
    const organisations = await admin.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    const organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
    setup = await createWorkshopThroughApi(admin, organisationId, 'e2e');
    [facilitator, follower, second] = await Promise.all([
      signedIn(setup.members.facilitator, 'en-GB'),
      signedIn(setup.members.viewer, 'zh-CN'),
      signedIn(setup.members.secondFacilitator, 'en-GB'),
    ]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('reaches the workshop from the assessment page', async () => {
    await facilitator.goto(
      `${server.url}/organisations/${setup.organisationId}/assessments/${setup.assessmentId}`,
    );
    await facilitator.getByRole('link', { name: 'Run the workshop' }).click();
    await facilitator.getByText('No characteristic on screen yet').waitFor();
    expect(new URL(facilitator.url()).pathname).toBe(setup.path);
  });

  it('lets a viewer follow the workshop live, without any control', async () => {
    await follower.goto(`${server.url}${setup.path}`);
    await follower.getByRole('status').filter({ hasText: '实时' }).waitFor();
    await follower.getByText('主持人尚未选择特征').waitFor();
    expect(await follower.getByLabel('所有屏幕显示的特征').count()).toBe(0);
    expect(await follower.getByRole('button', { name: /保存/ }).count()).toBe(0);
  });

  it('moves every screen to the characteristic the facilitator chooses', async () => {
    await facilitator.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await facilitator.getByRole('button', { name: 'Next: 1.1.1' }).click();
    await facilitator.locator('#cm-w-focus-title', { hasText: '1.1.1' }).waitFor();
    // The follower's page was not reloaded: it follows the live events.
    await follower
      .locator('#cm-w-focus-title', { hasText: '1.1.1' })
      .waitFor({ timeout: liveTimeout });
    // The divergent groups are flagged in words, with the rule explained.
    await follower.getByText('各群体看法不同：它们的中位数相差 2 级或以上。').waitFor();
    expect(await follower.getByRole('row', { name: /地方政府部门/ }).textContent()).toContain(
      '有分歧',
    );
    // The stakeholders' notes are the evidence on screen.
    await follower.getByText('Note from residents').waitFor();

    await facilitator.getByLabel('Characteristic on every screen').selectOption('1.1.2');
    await follower
      .locator('#cm-w-focus-title', { hasText: '1.1.2' })
      .waitFor({ timeout: liveTimeout });
    await facilitator.getByRole('button', { name: 'Previous: 1.1.1' }).click();
    await follower
      .locator('#cm-w-focus-title', { hasText: '1.1.1' })
      .waitFor({ timeout: liveTimeout });
  });

  it('records the consensus, and every screen shows it', async () => {
    await facilitator
      .getByRole('radiogroup', { name: 'Agreed current level' })
      .getByRole('radio', { name: /^Level 2/ })
      .check();
    // The keyboard moves the choice like in the questionnaire.
    const target = facilitator.getByRole('radiogroup', { name: 'Agreed level in two years' });
    await target.getByRole('radio', { name: /^Level 2/ }).focus();
    await facilitator.keyboard.press('Space');
    await facilitator.keyboard.press('ArrowDown');
    expect(await target.getByRole('radio', { name: /^Level 3/ }).isChecked()).toBe(true);
    await facilitator.getByLabel('Rationale').fill('The published plan lacks measurable goals.');
    await facilitator.getByLabel('Dissent').fill('Residents: level 1, nobody knows the plan.');
    await facilitator.getByRole('button', { name: 'Save the consensus' }).click();
    await facilitator.getByText('Consensus saved').waitFor();

    await follower
      .getByText('The published plan lacks measurable goals.')
      .waitFor({ timeout: liveTimeout });
    await follower.getByText('Residents: level 1, nobody knows the plan.').waitFor();
    await follower.getByText('已就 1 / 32 个特征达成共识').first().waitFor();
    const consensus = follower.locator('.cm-w-consensus');
    expect(await consensus.textContent()).toContain('第 2 级');
    expect(await consensus.textContent()).toContain('第 3 级');
  });

  it('shows a second facilitator who saves a stale item the conflict, never overwriting silently', async () => {
    await second.goto(`${server.url}${setup.path}`);
    await second.getByLabel('Rationale').waitFor();
    expect(await second.getByLabel('Rationale').inputValue()).toBe(
      'The published plan lacks measurable goals.',
    );
    // The second facilitator starts editing…
    await second.getByLabel('Rationale').fill('Second view: the plan is partly implemented.');
    // …while the first one changes the target and saves.
    await facilitator
      .getByRole('radiogroup', { name: 'Agreed level in two years' })
      .getByRole('radio', { name: /^Level 4/ })
      .check();
    await facilitator.getByRole('button', { name: 'Save the change' }).click();
    await facilitator.getByText('Consensus saved').first().waitFor();

    // The edit in progress is kept, with a warning, and saving it is refused with both versions.
    await second
      .getByText('Someone else has changed this consensus since you started editing')
      .waitFor({ timeout: liveTimeout });
    await second.getByRole('button', { name: 'Save the change' }).click();
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this meanwhile' });
    await conflict.waitFor();
    const table = conflict.getByRole('table');
    expect(await table.getByRole('row', { name: /Level in two years/ }).textContent()).toMatch(
      /Level 4.*Level 3/,
    );
    expect(await table.getByRole('row', { name: /Rationale/ }).textContent()).toContain(
      'Second view: the plan is partly implemented.',
    );
    // Nothing was overwritten.
    await follower.getByText('The published plan lacks measurable goals.').waitFor();

    // Knowingly saving over theirs works from their version.
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await second.getByText('Consensus saved').waitFor();
    await follower
      .getByText('Second view: the plan is partly implemented.')
      .waitFor({ timeout: liveTimeout });
  });

  it('lets an invited stakeholder follow it live on their link page, without an account', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const link = await context.newPage();
    link.setDefaultTimeout(15_000);
    await link.goto(`${server.url}/respond/${setup.tokens[0] ?? ''}`);
    const workshop = link.getByRole('region', { name: 'The workshop, live' });
    await workshop.locator('#cm-w-focus-title', { hasText: '1.1.1' }).waitFor();
    await workshop.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await facilitator.getByRole('button', { name: 'Next: 1.1.2' }).click();
    await workshop
      .locator('#cm-w-focus-title', { hasText: '1.1.2' })
      .waitFor({ timeout: liveTimeout });
    // A follower has no controls.
    expect(await workshop.getByRole('button', { name: /Save/ }).count()).toBe(0);
    await facilitator.getByRole('button', { name: 'Previous: 1.1.1' }).click();
    await workshop
      .locator('#cm-w-focus-title', { hasText: '1.1.1' })
      .waitFor({ timeout: liveTimeout });
    await context.close();
  });

  it('reopens an item for discussion', async () => {
    await facilitator
      .getByText('Second view: the plan is partly implemented.')
      .first()
      .waitFor({ timeout: liveTimeout });
    await facilitator.getByRole('button', { name: 'Reopen for discussion' }).click();
    await facilitator
      .getByRole('dialog')
      .getByRole('button', { name: 'Reopen for discussion' })
      .click();
    await facilitator.getByText('Reopened for discussion.').first().waitFor();
    await follower.getByText('已重新开放讨论').waitFor({ timeout: liveTimeout });
    await follower.getByText('已就 0 / 32 个特征达成共识').first().waitFor();
  });
});
