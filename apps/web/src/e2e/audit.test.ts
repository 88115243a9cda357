import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '@citymaturity/server/test-support';
import { auditorPassword } from './audit-setup.js';
import { launchBrowser } from './browser.js';
import { startWebServer } from './web-server.js';

interface Pack {
  dimensions: { subdimensions: { characteristics: { id: string }[] }[] }[];
}

/**
 * An external audit end to end, in three real Chromium contexts: the city's administrator invites
 * an auditor on the demo's submitted baseline and passes on the one-time link; the auditor sets a
 * password through it, finds the assignment on their home page, records findings (one adjusted, by
 * keyboard; most through the API to keep it short) and issues the statement; an anonymous visitor
 * verifies the assessment by its digest. The tests run in order.
 */
describe('an external audit in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let auditor: Page;
  let anonymous: BrowserContext;
  let assessmentPath = '';
  let setupLink = '';
  let digest = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    admin = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    auditor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    anonymous = await browser.newContext({ locale: 'zh-CN' });
    for (const page of [admin, auditor]) page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lets the administrator invite an auditor and shows the one-time link', async () => {
    await admin.goto(`${server.url}/login`);
    await admin.getByRole('textbox', { name: 'Email' }).fill('demo@citymaturity.example');
    await admin.getByRole('textbox', { name: 'Password' }).fill('demo-city-2026');
    await admin.getByRole('button', { name: 'Sign in', exact: true }).click();
    await admin.waitForURL(/\/organisations\//);
    const organisationId = /\/organisations\/([0-9a-f-]{36})/.exec(admin.url())?.[1] ?? '';
    const list = await admin.request.get(
      `${server.url}/api/v1/organisations/${organisationId}/assessments`,
    );
    const baseline = ((await list.json()) as { id: string; status: string }[]).find(
      (a) => a.status === 'submitted',
    );
    assessmentPath = `/organisations/${organisationId}/assessments/${baseline?.id ?? ''}`;

    await admin.goto(`${server.url}${assessmentPath}`);
    await admin.getByRole('heading', { name: 'External audit and verification' }).waitFor();
    digest = (await admin.locator('.cm-au-hash').first().textContent()) ?? '';
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await admin.getByRole('button', { name: 'Invite an external auditor' }).click();
    await admin.getByRole('textbox', { name: "Auditor's email" }).fill('ada@certifier.example');
    await admin.getByRole('textbox', { name: "Auditor's name" }).fill('Ada Auditor');
    await admin.getByRole('textbox', { name: "Auditor's organisation" }).fill('Certifier Ltd');
    await admin.getByRole('button', { name: 'Invite the auditor' }).click();
    await admin.getByRole('heading', { name: 'Ada Auditor is invited' }).waitFor();
    setupLink = await admin.getByRole('textbox', { name: /Link for Ada Auditor/ }).inputValue();
    expect(setupLink).toMatch(/\/account-setup#[0-9a-f-]{36}\.[\w-]+$/);
    await admin.getByText('Has not set a password yet').waitFor();
  });

  it('lets the auditor set a password through the link and find the assignment at home', async () => {
    await auditor.goto(setupLink);
    await auditor.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await auditor.getByLabel('Password', { exact: true }).fill(auditorPassword);
    await auditor.getByLabel('Repeat the password').fill(auditorPassword);
    await auditor.getByRole('button', { name: 'Set the password and sign in' }).click();
    await auditor.getByRole('heading', { name: 'Your audit assignments' }).waitFor();
    await auditor.getByRole('link', { name: /^Open the audit/ }).click();
    await auditor.getByRole('heading', { level: 1, name: /^External audit:/ }).waitFor();
    await auditor.getByText('Findings recorded on 0 of 32 characteristics').first().waitFor();
  });

  it('records an adjusted finding with the keyboard and explains what is missing first', async () => {
    await auditor.goto(`${server.url}${assessmentPath}/audit/1.1.1`);
    await auditor.getByRole('heading', { level: 2, name: /^1\.1\.1 / }).waitFor();
    await auditor.getByRole('radio', { name: /^Confirmed/ }).focus();
    await auditor.keyboard.press('ArrowDown');
    expect(await auditor.getByRole('radio', { name: /^Adjusted/ }).isChecked()).toBe(true);
    await auditor.getByRole('button', { name: 'Save the finding' }).click();
    await auditor.getByText('Choose at least one level that differs').waitFor();

    await auditor
      .getByRole('radiogroup', { name: 'Current level the evidence supports' })
      .getByRole('radio', { name: /^Level 1 ·/ })
      .check();
    await auditor.getByRole('textbox', { name: 'Why (required)' }).fill('No adopted strategy yet.');
    await auditor.getByRole('button', { name: 'Save the finding' }).click();
    await auditor.getByText('Finding on 1.1.1 saved').waitFor();
    await auditor.getByText('Findings recorded on 1 of 32 characteristics').first().waitFor();
    expect(
      await auditor.getByRole('link', { name: /1\.1\.1 .*Adjusted/ }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('issues the audit statement once every characteristic has a finding', async () => {
    // The other 31 findings through the API, as the auditor (their session, their CSRF token).
    const session = (await (await auditor.request.get(`${server.url}/api/v1/session`)).json()) as {
      csrfToken: string;
    };
    const pack = (await (
      await auditor.request.get(`${server.url}/api/v1/models/mmssc`)
    ).json()) as Pack;
    const ids = pack.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => s.characteristics.map((c) => c.id)),
    );
    for (const id of ids.filter((c) => c !== '1.1.1')) {
      const saved = await auditor.request.put(
        `${server.url}/api/v1${assessmentPath}/audit/findings/${id}`,
        {
          data: { verdict: 'confirmed', version: 0 },
          headers: { 'x-csrf-token': session.csrfToken },
        },
      );
      expect(saved.status()).toBe(200);
    }

    await auditor.goto(`${server.url}${assessmentPath}/audit`);
    await auditor.getByText('Findings recorded on 32 of 32 characteristics').first().waitFor();
    await auditor
      .getByRole('textbox', { name: 'Your audit statement' })
      .fill('The baseline is supported by its evidence, with one adjustment.');
    await auditor.getByRole('button', { name: 'Issue the audit statement' }).click();
    await auditor.getByRole('dialog').getByRole('button', { name: 'Issue', exact: true }).click();
    // Issued: the statement is signed (the form before it had the same heading).
    await auditor.getByText(/^Issued by Ada Auditor \(Certifier Ltd\) on /).waitFor();
    await auditor.getByText('32 characteristics: 31 confirmed, 1 adjusted').first().waitFor();
    expect(await auditor.getByRole('button', { name: 'Save the finding' }).count()).toBe(0);
  });

  it('shows the administrator the external audit as the evidence method', async () => {
    await admin.goto(`${server.url}${assessmentPath}`);
    await admin.getByText(/^Audited by Ada Auditor \(Certifier Ltd\)/).waitFor();
    await admin.getByText('Rank 5 of 5', { exact: false }).first().waitFor();
  });

  it('shows the findings the auditor did not confirm on the results page', async () => {
    await admin.goto(`${server.url}${assessmentPath}/results`);
    const audit = admin.getByRole('region', { name: 'External audit' });
    await audit.getByText('32 characteristics: 31 confirmed, 1 adjusted').waitFor();
    const rows = audit.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toMatch(/^1\.1\.1 .*Adjusted.*Level 1/);
  });

  it('lets anyone verify the assessment by its digest, without signing in', async () => {
    const page = await anonymous.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: '核验评估' }).click();
    await page.getByRole('textbox', { name: '评估编号或摘要' }).fill(digest);
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByText('提交后未被更改').first().waitFor();
    await page.getByText(/^由 Ada Auditor（Certifier Ltd）于 .* 审核。$/).waitFor();
    await page.getByText('32 项特征：31 项确认，1 项调整，0 项证据不足。').waitFor();
    expect(page.url()).toBe(`${server.url}/verify/${digest}`);
  });
});
