import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createTestUser,
  testPassword,
  type TestServer,
} from '@citymaturity/server/test-support';
import { auditorPassword, createAuditInProgress, type AuditSetup } from './audit-setup.js';
import { createDemoConsortium, type BenchmarkingSetup } from './benchmarking-setup.js';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { createCycleCity, type CycleCity } from './cycles-setup.js';
import {
  createExchangeStates,
  importDocumentOnPage,
  importFormsOnPage,
  type ExchangeStates,
} from './exchange-setup.js';
import { createProgrammeComponentsData } from './programme-components-setup.js';
import { createRoadmapAndBenefits } from './programme-roadmap-setup.js';
import { createProgrammeReviewsData } from './programme-reviews-setup.js';
import { createRespondLinks, type RespondLinks } from './respond-setup.js';
import { createStakeholderAssessments, type StakeholderAssessments } from './stakeholders-setup.js';
import { startWebServer } from './web-server.js';
import { programmeTools as programmeToolPaths } from '../pages/programme/tools.js';
import { createWorkshopOnScreen, memberPassword, type WorkshopSetup } from './workshop-setup.js';

type Who =
  | 'anonymous'
  | 'city administrator'
  | 'platform administrator'
  | 'workshop viewer'
  | 'external auditor';

interface Ids {
  organisation: string;
  submitted: string;
  draft: string;
  /** Invited stakeholders' links (open, and after the reveal). */
  links: RespondLinks;
  /** Multi-stakeholder ratings as their organiser sees them (open, and after the reveal). */
  stakeholders: StakeholderAssessments;
  /** A facilitated workshop under way (1.1.1 on screen, its consensus recorded). */
  workshop: WorkshopSetup;
  /** An external audit of the submitted baseline under way (two findings recorded). */
  audit: AuditSetup;
  /** A draft that takes filled forms, and forms and a document to import. */
  exchange: ExchangeStates;
  /** Another city (the demo administrator administers it too) assessed in three cycles. */
  cycles: CycleCity;
  /** A consortium the demo city runs and has joined, sharing two results, with five peers. */
  benchmarking: BenchmarkingSetup;
}

interface PageCase {
  name: string;
  who: Who;
  path: (ids: Ids) => string;
  /** What to do on the page first, to bring it to the state checked (e.g. an import's result). */
  then?: (page: Page, ids: Ids) => Promise<void>;
}

const assessment = (ids: Ids, id: string) => `/organisations/${ids.organisation}/assessments/${id}`;
const cycle = (ids: Ids, index: 0 | 1 | 2) =>
  `/organisations/${ids.cycles.organisationId}/assessments/${ids.cycles.cycles[index]}`;

/** Every page of the app, as the person who would see it. */
const pages: PageCase[] = [
  { name: 'sign-in', who: 'anonymous', path: () => '/login' },
  { name: 'first-start setup', who: 'anonymous', path: () => '/setup?token=from-the-server-log' },
  { name: 'model browser: MMSSC', who: 'anonymous', path: () => '/model' },
  { name: 'model browser: ISO 37106', who: 'anonymous', path: () => '/model?view=scom' },
  { name: 'page not found', who: 'anonymous', path: () => '/no-such-page' },
  { name: 'home of a platform administrator', who: 'platform administrator', path: () => '/' },
  {
    name: 'organisation',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}`,
  },
  { name: 'assessment', who: 'city administrator', path: (ids) => assessment(ids, ids.draft) },
  {
    name: 'questionnaire',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.draft)}/questionnaire/2.1.1`,
  },
  {
    name: 'questionnaire of a submitted assessment',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/questionnaire/4.6`,
  },
  {
    name: 'results',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/results`,
  },
  {
    name: 'provisional results of a draft',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.draft)}/results`,
  },
  {
    name: 'report',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/report`,
  },
  {
    name: 'links to other models',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/other-models`,
  },
  {
    name: 'links to other models of a draft (provisional)',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.draft)}/other-models`,
  },
  { name: 'account', who: 'city administrator', path: () => '/account' },
  {
    name: 'assessment of a multi-stakeholder rating',
    who: 'city administrator',
    path: (ids) => assessment(ids, ids.stakeholders.open),
  },
  {
    name: 'stakeholders: invitations and progress',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.stakeholders.open)}/stakeholders`,
  },
  {
    name: 'stakeholders after the reveal',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.stakeholders.revealed)}/stakeholders`,
  },
  { name: 'invitation link', who: 'anonymous', path: (ids) => ids.links.open },
  {
    name: 'questionnaire through an invitation link',
    who: 'anonymous',
    path: (ids) => `${ids.links.open}/questionnaire/1.1.1`,
  },
  {
    name: 'invitation link after the reveal (results)',
    who: 'anonymous',
    path: (ids) => ids.links.revealed,
  },
  {
    name: 'invitation link that does not exist',
    who: 'anonymous',
    path: () => '/respond/no-such-link',
  },
  {
    name: 'workshop: the facilitator',
    who: 'city administrator',
    path: (ids) => ids.workshop.path,
  },
  { name: 'workshop: a follower', who: 'workshop viewer', path: (ids) => ids.workshop.path },
  {
    name: 'submitted assessment with its audit and verification',
    who: 'city administrator',
    path: (ids) => assessment(ids, ids.submitted),
  },
  { name: 'home of an external auditor', who: 'external auditor', path: () => '/' },
  {
    name: 'audit: the auditor recording findings',
    who: 'external auditor',
    path: (ids) => `${assessment(ids, ids.submitted)}/audit/1.1.1`,
  },
  {
    name: 'audit: an administrator reading',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/audit/1.1.1`,
  },
  {
    name: 'verification',
    who: 'city administrator',
    path: (ids) => `${assessment(ids, ids.submitted)}/verification`,
  },
  { name: 'public verification: the form', who: 'anonymous', path: () => '/verify' },
  {
    name: 'public verification: an assessment',
    who: 'anonymous',
    path: (ids) => `/verify/${ids.audit.digest}`,
  },
  { name: 'account setup', who: 'anonymous', path: () => '/account-setup#link-from-an-invitation' },
  {
    name: 'exchange: filled forms imported',
    who: 'city administrator',
    path: (ids) => assessment(ids, ids.exchange.draft),
    then: async (page, ids) => {
      await importFormsOnPage(page, [{ name: 'ann-lee.xlsx', buffer: ids.exchange.goodForm }]);
      await page.locator('.cm-ex-outcome .ant-alert-success').waitFor();
    },
  },
  {
    name: 'exchange: filled forms refused, with their problems',
    who: 'city administrator',
    path: (ids) => assessment(ids, ids.exchange.draft),
    then: async (page, ids) => {
      await importFormsOnPage(page, [
        { name: 'bob-stone.xlsx', buffer: ids.exchange.badForm },
        { name: 'ann-lee.xlsx', buffer: ids.exchange.goodForm },
      ]);
      await page.locator('.cm-ex-outcome .ant-alert-error').waitFor();
    },
  },
  {
    name: 'organisation: an assessment file refused, with its problems',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}`,
    then: async (page, ids) => {
      await importDocumentOnPage(page, 'assessment.yaml', ids.exchange.badDocument);
      await page.locator('.cm-ex-outcome .ant-alert-error').waitFor();
    },
  },
  {
    name: 'cycles and trend',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.cycles.organisationId}/cycles`,
  },
  {
    name: 'cycles and trend with drafts (provisional)',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.cycles.organisationId}/cycles?drafts=true`,
  },
  {
    name: 'plan realisation',
    who: 'city administrator',
    path: (ids) => `${cycle(ids, 2)}/plan-realisation`,
  },
  {
    name: 'plan realisation of the first cycle',
    who: 'city administrator',
    path: (ids) => `${cycle(ids, 0)}/plan-realisation`,
  },
  {
    name: 'improvement cycle',
    who: 'city administrator',
    path: (ids) => `${cycle(ids, 2)}/improvement-cycle`,
  },
  {
    name: 'benchmarking: consortia run and joined',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/benchmarking`,
  },
  {
    name: 'benchmarking: share and compare, with the table behind a chart',
    who: 'city administrator',
    path: (ids) =>
      `/organisations/${ids.organisation}/benchmarking/${ids.benchmarking.consortiumId}`,
    then: async (page) => {
      await page.locator('#peer-summary-heading ~ * .cm-r-table-toggle').first().click();
      await page.locator('.cm-bm-table').first().waitFor();
    },
  },
  {
    name: 'benchmarking: a peer group below the threshold',
    who: 'city administrator',
    path: (ids) =>
      `/organisations/${ids.organisation}/benchmarking/${ids.benchmarking.consortiumId}?country=GB`,
  },
  // The ISO 37106 workspace: its overview and every tool (the standard's content, read-only).
  ...['', ...programmeToolPaths].map((tool): PageCase => ({
    name: `ISO 37106 workspace: ${tool || 'overview'}`,
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme${tool ? `/${tool}` : ''}`,
  })),
  {
    name: 'ISO 37106 workspace: principles with the forms open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/principles`,
    then: async (page) => {
      await page
        .locator('#principle-citizen-centric-card .cm-pgc-card-actions button')
        .nth(1)
        .click();
      await page.locator('#principle-visionary-card .cm-pgc-agreements button').click();
      await page.locator('#principle-visionary-card .ant-checkbox-input').first().waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: component tracker with a checklist and its form open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/components#recommendation-B1.b`,
    then: async (page) => {
      await page.locator('#recommendation-B1\\.b button').click();
      await page.locator('#recommendation-B1\\.b form').waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: component tracker read by a viewer',
    who: 'workshop viewer',
    path: (ids) => `/organisations/${ids.organisation}/programme/components#recommendation-B1.a`,
  },
  {
    name: 'ISO 37106 workspace: interoperability with a product dialog open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/interoperability`,
    then: async (page) => {
      await page.locator('.cm-pgc-product button').first().click();
      await page.getByRole('dialog').locator('form').waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: roadmap with the initiative dialog open and checked',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/roadmap`,
    then: async (page) => {
      await page.locator('.cm-pg-content > .cm-actions button').first().click();
      const dialog = page.getByRole('dialog');
      // With the keyboard: on a phone the dialog may still be scrolling under the pointer.
      await dialog.locator('.cm-rm-fieldset').last().locator('button').last().press('Enter');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').press('Enter');
      await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: benefits with the KPI dialog open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/benefits`,
    then: async (page) => {
      await page.locator('#benefit-kpis ~ .cm-actions button').first().click();
      await page.getByRole('dialog').locator('form').waitFor();
    },
  },
  ...['roadmap', 'benefits'].map((tool): PageCase => ({
    name: `ISO 37106 workspace: ${tool} read by a viewer`,
    who: 'workshop viewer',
    path: (ids) => `/organisations/${ids.organisation}/programme/${tool}`,
  })),
  {
    name: 'ISO 37106 workspace: key success factor reviews with the trend table open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/reviews`,
    then: async (page) => {
      const summaries = page.locator('.cm-rv-table-toggle > summary, .cm-rv-how > summary');
      for (const summary of await summaries.all()) await summary.click();
    },
  },
  {
    name: 'ISO 37106 workspace: a key success factor review being recorded',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/reviews`,
    then: async (page) => {
      await page.locator('.cm-rv-toolbar button').first().click();
      await page.locator('#rate-ksf-1a-1').waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: key success factor reviews read by a viewer',
    who: 'workshop viewer',
    path: (ids) => `/organisations/${ids.organisation}/programme/reviews`,
  },
  {
    name: 'ISO 37106 workspace: the governance self-check being recorded',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/self-checks?check=governance`,
    then: async (page) => {
      await page.locator('.cm-rv-toolbar button').first().click();
      await page.locator('#rate-stakeholder-alignment').waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: risk register with its form open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/risks`,
    then: async (page) => {
      await page.locator('.cm-rv-toolbar button').first().click();
      await page.locator('#risk-form-title').waitFor();
    },
  },
  {
    name: 'ISO 37106 workspace: stakeholder register with its form open',
    who: 'city administrator',
    path: (ids) => `/organisations/${ids.organisation}/programme/stakeholders`,
    then: async (page) => {
      await page.locator('.cm-rv-toolbar button').first().click();
      await page.locator('#stakeholder-form-title').waitFor();
    },
  },
];

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

const languages = { zh: 'zh-CN', en: 'en-GB' } as const;

/**
 * axe-core (WCAG 2.1 A and AA) on every page, in Chinese and in English, on a desktop and on a
 * phone; on the phone nothing may overflow sideways (the page never scrolls horizontally).
 */
describe('accessibility of every page', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Ids;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    await createTestUser(server, 'platform@test.example', undefined, { platformAdmin: true });
    const platform = new ApiClient(server.url);
    await platform.signIn('platform@test.example', testPassword);
    const city = new ApiClient(server.url);
    await city.signIn('demo@citymaturity.example', 'demo-city-2026');
    const organisations = await city.get<{ memberships: { organisation: { id: string } }[] }>(
      '/api/v1/organisations',
    );
    const organisation = organisations.body.memberships[0]?.organisation.id ?? '';
    const base = `/api/v1/organisations/${organisation}/assessments`;
    const list = await city.get<{ id: string; status: string }[]>(base);
    const draft = await city.post<{ id: string; respondents: { id: string }[] }>(base, {
      title: '草稿 Draft',
      date: '2026-11-01',
      respondentName: '领导小组',
    });
    // A few answers, so that the provisional results have something to show.
    const respondent = draft.body.respondents[0]?.id ?? '';
    const saved = await city.put(`${base}/${draft.body.id}/respondents/${respondent}/ratings`, {
      ratings: {
        '1.1.1': { current: 2, target: 3 },
        '2.1.1': { current: 'unknown', target: 4 },
      },
    });
    if (saved.status !== 200) throw new Error(`answers not saved: ${String(saved.status)}`);
    ids = {
      organisation,
      submitted: list.body.find((a) => a.status === 'submitted')?.id ?? '',
      draft: draft.body.id,
      links: await createRespondLinks(city, organisation),
      stakeholders: await createStakeholderAssessments(city, organisation),
      workshop: await createWorkshopOnScreen(city, organisation),
      audit: await createAuditInProgress(
        city,
        organisation,
        list.body.find((a) => a.status === 'submitted')?.id ?? '',
      ),
      exchange: await createExchangeStates(server, city, organisation),
      cycles: await createCycleCity(platform, city, 'demo@citymaturity.example', 'a11y'),
      benchmarking: await createDemoConsortium(server, platform, city, organisation),
    };
    // The principles, component tracker and interoperability matrix with the city's data.
    await createProgrammeComponentsData(city, organisation);
    // The roadmap, the benefit map and the KPIs with the city's data.
    await createRoadmapAndBenefits(city, organisation);
    // The key success factor reviews, self-checks, risks and stakeholders with the city's data.
    await createProgrammeReviewsData(city, organisation);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  /** A browser context per person, language and screen, signed in once. */
  async function contextFor(
    who: Who,
    lang: keyof typeof languages,
    screen: keyof typeof viewports,
  ) {
    const key = `${who}|${lang}|${screen}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({
        locale: languages[lang],
        viewport: viewports[screen],
        isMobile: screen === 'phone',
        hasTouch: screen === 'phone',
      });
      if (who !== 'anonymous') {
        const page = await context.newPage();
        const [email, password] =
          who === 'platform administrator'
            ? ['platform@test.example', testPassword]
            : who === 'workshop viewer'
              ? [ids.workshop.members.viewer, memberPassword]
              : who === 'external auditor'
                ? [ids.audit.auditorEmail, auditorPassword]
                : ['demo@citymaturity.example', 'demo-city-2026'];
        await page.goto(`${server.url}/login`);
        await page.locator('input[type=email]').fill(email);
        await page.locator('input[type=password]').fill(password);
        await page.locator('form button[type=submit]').click();
        await page.waitForURL((url) => url.pathname !== '/login');
        await page.close();
      }
      contexts.set(key, context);
    }
    return context;
  }

  /** Opens the page and waits until it has finished loading (data, lazy code and charts). */
  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning').length === 0);
    return page;
  }

  describe.each(Object.keys(viewports) as (keyof typeof viewports)[])('on a %s', (screen) => {
    describe.each(Object.keys(languages) as (keyof typeof languages)[])('in %s', (lang) => {
      it.each(pages.map((p) => [p.name, p] as const))('%s', async (_, pageCase) => {
        const page = await open(await contextFor(pageCase.who, lang, screen), pageCase.path(ids));
        try {
          if (pageCase.then) await pageCase.then(page, ids);
          expect(await page.locator('html').getAttribute('lang')).toBe(
            lang === 'zh' ? 'zh-CN' : 'en',
          );
          await expectNoAxeViolations(page, `${pageCase.name} (${lang}, ${screen})`);
          if (screen === 'phone') {
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
          }
        } finally {
          await page.close();
        }
      });
    });
  });
});
