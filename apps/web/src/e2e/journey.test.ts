import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer } from '@citymaturity/server/test-support';
import { auditorPassword, characteristicIds } from './audit-setup.js';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

/** How long a screen may take to show a change made on another screen (live, no reload). */
const liveTimeout = 5_000;

/** The three invited stakeholders, the language of their browser and the levels they give 1.1.1. */
const stakeholders = [
  { name: 'Li Na 李娜', group: 'local-government', locale: 'zh-CN', current: 2, target: 3 },
  { name: 'Tom Baker', group: 'residents', locale: 'en-GB', current: 1, target: 3 },
  { name: 'Ana Silva', group: 'academia', locale: 'en-GB', current: 3, target: 4 },
] as const;

/**
 * The whole many-voices journey in real Chromium, one browser context per person, each step done
 * on screen by the person who would do it: three stakeholders rate blind through their links;
 * the facilitator reveals the results and runs the workshop while a stakeholder follows it live
 * on their link page; the facilitator submits the consensus; an external auditor sets a password
 * through their one-time link, audits and issues the statement; and anyone, signed out, verifies
 * the assessment by its digest. Only the repetitive part (31 of the 32 consensus items and
 * findings) goes through the API. The tests run in order.
 */
describe('many voices, from the invitation links to the public verification', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: ApiClient;
  let organisationId: string;
  let assessmentPath: string;
  let ids: string[];
  const links: string[] = [];
  const respondents: Page[] = [];
  let facilitator: Page;
  let auditor: Page;
  let setupLink: string;
  let digest: string;

  async function newPage(locale: string): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ locale });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    admin = new ApiClient(server.url);
    await admin.signIn('demo@citymaturity.example', 'demo-city-2026');
    const organisations = await admin.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    organisationId = organisations.body.memberships[0]?.organisation.id ?? '';
    ids = await characteristicIds(admin);
    // The organiser's part (creating and inviting) has its own browser test; here it is set up.
    const created = await admin.post<{ id: string }>(
      `/api/v1/organisations/${organisationId}/assessments`,
      { title: 'Journey 旅程 2026', date: '2026-11-21', method: 'facilitated-workshop' },
    );
    expect(created.status).toBe(201);
    assessmentPath = `/organisations/${organisationId}/assessments/${created.body.id}`;
    for (const { name, group } of stakeholders) {
      const invited = await admin.post<{ link: string }>(`/api/v1${assessmentPath}/invitations`, {
        name,
        group,
      });
      expect(invited.status).toBe(201);
      links.push(invited.body.link);
    }
    facilitator = await newPage('en-GB');
    await facilitator.goto(`${server.url}/login`);
    await facilitator.getByRole('textbox', { name: 'Email' }).fill('demo@citymaturity.example');
    await facilitator.getByRole('textbox', { name: 'Password' }).fill('demo-city-2026');
    await facilitator.getByRole('button', { name: 'Sign in', exact: true }).click();
    await facilitator.waitForURL((url) => url.pathname !== '/login');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lets three stakeholders rate 1.1.1 blind through their links, at the same time', async () => {
    await Promise.all(
      stakeholders.map(async (stakeholder, i) => {
        const page = await newPage(stakeholder.locale);
        respondents[i] = page;
        const zh = stakeholder.locale === 'zh-CN';
        await page.goto(`${server.url}${links[i] ?? ''}`);
        await page.getByText(stakeholder.name, { exact: true }).waitFor();
        await page.getByRole('link', { name: zh ? /开始作答/ : /Start answering/ }).click();
        await page.getByRole('heading', { level: 1, name: /^1\.1\.1/ }).waitFor();
        const level = (n: number) =>
          zh ? new RegExp(`^第 ${String(n)} 级`) : new RegExp(`^Level ${String(n)}`);
        await page
          .getByRole('radiogroup', { name: zh ? '现在水平' : 'Current level' })
          .getByRole('radio', { name: level(stakeholder.current) })
          .check();
        await page
          .getByRole('radiogroup', { name: zh ? '规划2年后的水平' : 'Level planned in two years' })
          .getByRole('radio', { name: level(stakeholder.target) })
          .check();
        await page
          .getByText(zh ? '已作答 1 / 32 个特征' : '1 of 32 characteristics answered')
          .first()
          .waitFor();
      }),
    );
    // Blind: what one stakeholder answered is nowhere on the others' pages.
    const ownPage = await respondents[1]?.content();
    expect(ownPage).not.toContain('Li Na');
    expect(ownPage).not.toContain('Ana Silva');
  });

  it('lets the facilitator reveal the results, which closes rating on every link', async () => {
    await facilitator.goto(`${server.url}${assessmentPath}/stakeholders`);
    await facilitator.getByRole('button', { name: 'Reveal the results…' }).click();
    await facilitator
      .getByRole('dialog')
      .getByRole('button', { name: 'Reveal and close rating' })
      .click();
    await facilitator
      .getByText(/^Results revealed on .+: rating has closed\.$/)
      .first()
      .waitFor();
    const tom = respondents[1];
    await tom?.goto(`${server.url}${links[1] ?? ''}`);
    await tom?.getByText('The results have been revealed').waitFor();
  });

  it('runs the workshop while a stakeholder follows it live on their link page', async () => {
    await facilitator.goto(`${server.url}${assessmentPath}`);
    await facilitator.getByRole('link', { name: 'Run the workshop' }).click();
    await facilitator.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    const tom = respondents[1];
    if (!tom) throw new Error('no stakeholder page');
    const live = tom.getByRole('region', { name: 'The workshop, live' });
    await live.getByRole('status').filter({ hasText: 'Live' }).waitFor();

    await facilitator.getByRole('button', { name: 'Next: 1.1.1' }).click();
    await live.locator('#cm-w-focus-title', { hasText: '1.1.1' }).waitFor({ timeout: liveTimeout });
    await facilitator
      .getByRole('radiogroup', { name: 'Agreed current level' })
      .getByRole('radio', { name: /^Level 2/ })
      .check();
    await facilitator
      .getByRole('radiogroup', { name: 'Agreed level in two years' })
      .getByRole('radio', { name: /^Level 3/ })
      .check();
    await facilitator.getByLabel('Rationale').fill('A plan exists; its goals are not measured.');
    await facilitator.getByLabel('Dissent').fill('Residents: level 1.');
    await facilitator.getByRole('button', { name: 'Save the consensus' }).click();
    await facilitator.getByText('Consensus saved').waitFor();
    await live
      .getByText('A plan exists; its goals are not measured.')
      .waitFor({ timeout: liveTimeout });
    await live.getByText('1 of 32 characteristics agreed', { exact: false }).first().waitFor();
  });

  it('submits the consensus once every characteristic is agreed, frozen with a digest', async () => {
    for (const id of ids.filter((c) => c !== '1.1.1')) {
      const saved = await admin.request(
        'PUT',
        `/api/v1${assessmentPath}/consensus/${id}`,
        { current: 2, target: 3, rationale: 'Agreed in the room.', dissent: '' },
        { 'if-none-match': '*' },
      );
      expect(saved.status).toBe(201);
    }
    await facilitator
      .getByText('32 of 32 characteristics agreed', { exact: false })
      .first()
      .waitFor({
        timeout: liveTimeout,
      });
    await facilitator.getByRole('button', { name: 'Submit the consensus' }).click();
    await facilitator
      .getByRole('dialog')
      .getByRole('button', { name: 'Submit', exact: true })
      .click();
    await facilitator
      .getByText('Submitted: the consensus is frozen as the official result.')
      .first()
      .waitFor();
    const tom = respondents[1];
    await tom
      ?.getByRole('region', { name: 'The workshop, live' })
      .getByText(/The workshop is over/)
      .waitFor({ timeout: liveTimeout });
  });

  it('shows the agreed levels as the official result, the ratings as their evidence', async () => {
    await facilitator.goto(`${server.url}${assessmentPath}/results`);
    await facilitator.getByText('A plan exists; its goals are not measured.').first().waitFor();
    await facilitator.getByText('Residents: level 1.').first().waitFor();
  });

  it('lets an external auditor be invited, set a password and audit on screen', async () => {
    await facilitator.goto(`${server.url}${assessmentPath}`);
    await facilitator.getByRole('heading', { name: 'External audit and verification' }).waitFor();
    digest = (await facilitator.locator('.cm-au-hash').first().textContent()) ?? '';
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await facilitator.getByRole('button', { name: 'Invite an external auditor' }).click();
    await facilitator.getByRole('textbox', { name: "Auditor's email" }).fill('jo@audit.example');
    await facilitator.getByRole('textbox', { name: "Auditor's name" }).fill('Jo Verify');
    await facilitator
      .getByRole('textbox', { name: "Auditor's organisation" })
      .fill('Standards Institute');
    await facilitator.getByRole('button', { name: 'Invite the auditor' }).click();
    setupLink = await facilitator.getByRole('textbox', { name: /Link for Jo Verify/ }).inputValue();

    auditor = await newPage('en-GB');
    await auditor.goto(setupLink);
    await auditor.getByLabel('Password', { exact: true }).fill(auditorPassword);
    await auditor.getByLabel('Repeat the password').fill(auditorPassword);
    await auditor.getByRole('button', { name: 'Set the password and sign in' }).click();
    await auditor.getByRole('link', { name: /^Open the audit/ }).click();
    await auditor.getByRole('heading', { level: 1, name: /^External audit:/ }).waitFor();

    await auditor.goto(`${server.url}${assessmentPath}/audit/1.1.1`);
    await auditor.getByRole('radio', { name: /^Confirmed/ }).check();
    await auditor.getByRole('button', { name: 'Save the finding' }).click();
    await auditor.getByText('Finding on 1.1.1 saved').waitFor();
  });

  it('issues the audit statement once every characteristic has a finding', async () => {
    const api = new ApiClient(server.url);
    await api.signIn('jo@audit.example', auditorPassword);
    for (const id of ids.filter((c) => c !== '1.1.1')) {
      const saved = await api.put(`/api/v1${assessmentPath}/audit/findings/${id}`, {
        verdict: 'confirmed',
        version: 0,
      });
      expect(saved.status).toBe(200);
    }
    await auditor.goto(`${server.url}${assessmentPath}/audit`);
    await auditor.getByText('Findings recorded on 32 of 32 characteristics').first().waitFor();
    await auditor
      .getByRole('textbox', { name: 'Your audit statement' })
      .fill('The consensus is supported by the ratings and the minutes.');
    await auditor.getByRole('button', { name: 'Issue the audit statement' }).click();
    await auditor.getByRole('dialog').getByRole('button', { name: 'Issue', exact: true }).click();
    await auditor.getByText(/^Issued by Jo Verify \(Standards Institute\) on /).waitFor();
    await auditor.getByText('32 characteristics: 32 confirmed').first().waitFor();
  });

  it('lets anyone verify the assessment by its digest, signed out', async () => {
    const page = await newPage('en-GB');
    await page.goto(`${server.url}/verify`);
    await page.getByRole('textbox', { name: 'Assessment id or digest' }).fill(digest);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByText('Unchanged since submission').first().waitFor();
    await page.getByText(/^Audited by Jo Verify \(Standards Institute\) on /).waitFor();
  });
});
