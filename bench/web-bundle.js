// Benchmark: the JavaScript each route of the web app loads first (gzip), from Vite's build
// manifest: the entry chunk and its static imports, plus the route's page chunk and its static
// imports. Chunks loaded later (e.g. charts, loaded lazily) are not counted. Target ≤ 350 KB per route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSection } from './results-file.js';

const dist = new URL('../apps/web/dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const budgetKb = 350;

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const gzipKb = (files) =>
  [...files].reduce(
    (sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file))).length,
    0,
  ) / 1024;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const shell = closure(entry);
const programme = 'src/pages/programme/ProgrammeLayout.tsx';
const routes = {
  '/login': 'src/pages/login/LoginPage.tsx',
  '/setup': 'src/pages/setup/SetupPage.tsx',
  '/': 'src/pages/home/HomePage.tsx',
  '/organisations/:id': 'src/pages/organisation/OrganisationPage.tsx',
  '/…/assessments/:id': 'src/pages/assessment/AssessmentPage.tsx',
  '/…/questionnaire': 'src/pages/questionnaire/QuestionnairePage.tsx',
  '/…/results': 'src/pages/results/ResultsPage.tsx',
  '/…/report': 'src/pages/report/ReportPage.tsx',
  '/…/other-models': 'src/pages/other-models/OtherModelsPage.tsx',
  '/organisations/:id/cycles': 'src/pages/cycles/CyclesPage.tsx',
  '/…/plan-realisation': 'src/pages/cycles/PlanRealisationPage.tsx',
  '/…/improvement-cycle': 'src/pages/cycles/ImprovementCyclePage.tsx',
  '/organisations/:id/benchmarking': 'src/pages/benchmarking/BenchmarkingPage.tsx',
  '/…/benchmarking/:consortium': 'src/pages/benchmarking/MembershipPage.tsx',
  '/model': 'src/pages/model/ModelBrowserPage.tsx',
  '/account': 'src/pages/account/AccountPage.tsx',
  '/…/stakeholders': 'src/pages/stakeholders/StakeholdersPage.tsx',
  '/…/workshop': 'src/pages/workshop/WorkshopPage.tsx',
  '/…/audit': 'src/pages/audit/AuditPage.tsx',
  '/…/verification': 'src/pages/verify/VerificationPage.tsx',
  '/verify': 'src/pages/verify/PublicVerifyPage.tsx',
  '/account-setup': 'src/pages/audit/AccountSetupPage.tsx',
  '/respond/:token': 'src/pages/respond/RespondPage.tsx',
  '/respond/:token/questionnaire': 'src/pages/respond/RespondQuestionnairePage.tsx',
  // The ISO 37106 workspace: its layout and the tool's page (child routes).
  '/organisations/:id/programme': [programme, 'src/pages/programme/ProgrammeOverviewPage.tsx'],
  '/…/programme/principles': [programme, 'src/pages/programme/PrinciplesPage.tsx'],
  '/…/programme/components': [programme, 'src/pages/programme/ComponentsPage.tsx'],
  '/…/programme/interoperability': [programme, 'src/pages/programme/InteroperabilityPage.tsx'],
  '/…/programme/roadmap': [programme, 'src/pages/programme/RoadmapPage.tsx'],
  '/…/programme/benefits': [programme, 'src/pages/programme/BenefitsPage.tsx'],
  '/…/programme/reviews': [programme, 'src/pages/programme/ReviewsPage.tsx'],
  '/…/programme/risks': [programme, 'src/pages/programme/RisksPage.tsx'],
  '/…/programme/stakeholders': [programme, 'src/pages/programme/StakeholderRegisterPage.tsx'],
  '/…/programme/self-checks': [programme, 'src/pages/programme/SelfChecksPage.tsx'],
};
// The interface's strings: one chunk per language, loaded before the first paint. Every route
// counts the larger of the two (a page shows one language).
const languageChunks = ['src/i18n/locales/zh.ts', 'src/i18n/locales/en.ts'].filter(
  (k) => manifest[k],
);
const strings = languageChunks
  .map((k) => [...closure(k, new Set(shell))].filter((f) => !shell.has(f)))
  .reduce((a, b) => (gzipKb(new Set(a)) >= gzipKb(new Set(b)) ? a : b), []);
for (const file of strings) shell.add(file);
const rows = Object.entries(routes).map(([route, page]) => {
  // A route is a page, or a layout and its page (nested routes).
  const files = [page].flat().reduce((seen, key) => closure(key, seen), new Set(shell));
  const total = gzipKb(files);
  return { route, total, page: total - gzipKb(shell) };
});
const lazy = Object.keys(manifest).filter(
  (k) =>
    manifest[k].isDynamicEntry &&
    !Object.values(routes).flat().includes(k) &&
    !languageChunks.includes(k),
);
// Everything the lazy chunks bring that the shell does not already have (e.g. ECharts).
const lazyFiles = new Set(
  lazy.flatMap((k) => [...closure(k, new Set(shell))].filter((f) => !shell.has(f))),
);
const lines = [
  '## Web app: JavaScript loaded first, per route (`bench/web-bundle.js`)',
  '',
  `- Date: ${new Date().toISOString().slice(0, 19)}Z; production build (\`npm run build\`), gzip level 6; budget ≤ ${budgetKb} KB per route.`,
  `- Shared by every route (entry and its imports, and the strings of one language: ${gzipKb(new Set(strings)).toFixed(1)} KB): ${gzipKb(shell).toFixed(1)} KB. Loaded later, when needed: ${lazy.length} lazy entries with ${lazyFiles.size} chunk(s), ${gzipKb(lazyFiles).toFixed(1)} KB (mostly the charts: ECharts and the chart options; also the not-found page).`,
  '',
  '| route | initial JS (gzip) | of which the page itself | within budget |',
  '| --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.route}\` | ${r.total.toFixed(1)} KB | ${r.page.toFixed(1)} KB | ${r.total <= budgetKb ? 'yes' : 'NO'} |`,
  ),
];
await writeSection('web-bundle', lines.join('\n'));
console.log(lines.join('\n'));
