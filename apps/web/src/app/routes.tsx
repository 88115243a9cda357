import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout.js';
import { PageFallback } from './PageFallback.js';
import { RequireSignIn } from './RequireSignIn.js';

// Every page is its own chunk: the first load carries only the frame and the page asked for.
const page = (Component: LazyExoticComponent<ComponentType>, signedIn: boolean) => {
  const element = (
    <Suspense fallback={<PageFallback />}>
      <Component />
    </Suspense>
  );
  return signedIn ? <RequireSignIn>{element}</RequireSignIn> : element;
};

const LoginPage = lazy(() => import('../pages/login/LoginPage.js'));
const SetupPage = lazy(() => import('../pages/setup/SetupPage.js'));
const HomePage = lazy(() => import('../pages/home/HomePage.js'));
const OrganisationPage = lazy(() => import('../pages/organisation/OrganisationPage.js'));
const AssessmentPage = lazy(() => import('../pages/assessment/AssessmentPage.js'));
const QuestionnairePage = lazy(() => import('../pages/questionnaire/QuestionnairePage.js'));
const ResultsPage = lazy(() => import('../pages/results/ResultsPage.js'));
const ReportPage = lazy(() => import('../pages/report/ReportPage.js'));
const OtherModelsPage = lazy(() => import('../pages/other-models/OtherModelsPage.js'));
const CyclesPage = lazy(() => import('../pages/cycles/CyclesPage.js'));
const BenchmarkingPage = lazy(() => import('../pages/benchmarking/BenchmarkingPage.js'));
const MembershipPage = lazy(() => import('../pages/benchmarking/MembershipPage.js'));
const PlanRealisationPage = lazy(() => import('../pages/cycles/PlanRealisationPage.js'));
const ImprovementCyclePage = lazy(() => import('../pages/cycles/ImprovementCyclePage.js'));
const ModelBrowserPage = lazy(() => import('../pages/model/ModelBrowserPage.js'));
const AccountPage = lazy(() => import('../pages/account/AccountPage.js'));
const NotFoundPage = lazy(() => import('../pages/not-found/NotFoundPage.js'));
const StakeholdersPage = lazy(() => import('../pages/stakeholders/StakeholdersPage.js'));
const WorkshopPage = lazy(() => import('../pages/workshop/WorkshopPage.js'));
const RespondPage = lazy(() => import('../pages/respond/RespondPage.js'));
const RespondQuestionnairePage = lazy(() => import('../pages/respond/RespondQuestionnairePage.js'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage.js'));
const AccountSetupPage = lazy(() => import('../pages/audit/AccountSetupPage.js'));
const VerificationPage = lazy(() => import('../pages/verify/VerificationPage.js'));
const PublicVerifyPage = lazy(() => import('../pages/verify/PublicVerifyPage.js'));
const ProgrammeLayout = lazy(() => import('../pages/programme/ProgrammeLayout.js'));
// The ISO 37106 workspace's tools: each its own chunk, shown inside ProgrammeLayout's outlet.
const programmeTools = {
  principles: lazy(() => import('../pages/programme/PrinciplesPage.js')),
  components: lazy(() => import('../pages/programme/ComponentsPage.js')),
  interoperability: lazy(() => import('../pages/programme/InteroperabilityPage.js')),
  roadmap: lazy(() => import('../pages/programme/RoadmapPage.js')),
  benefits: lazy(() => import('../pages/programme/BenefitsPage.js')),
  reviews: lazy(() => import('../pages/programme/ReviewsPage.js')),
  risks: lazy(() => import('../pages/programme/RisksPage.js')),
  stakeholders: lazy(() => import('../pages/programme/StakeholderRegisterPage.js')),
  'self-checks': lazy(() => import('../pages/programme/SelfChecksPage.js')),
};
const ProgrammeOverviewPage = lazy(() => import('../pages/programme/ProgrammeOverviewPage.js'));

const assessment = 'organisations/:organisationId/assessments/:assessmentId';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: page(LoginPage, false) },
      { path: '/setup', element: page(SetupPage, false) },
      { path: '/model', element: page(ModelBrowserPage, false) },
      { path: '/', element: page(HomePage, true) },
      { path: '/account', element: page(AccountPage, true) },
      { path: '/organisations/:organisationId', element: page(OrganisationPage, true) },
      { path: '/organisations/:organisationId/cycles', element: page(CyclesPage, true) },
      {
        path: '/organisations/:organisationId/benchmarking',
        element: page(BenchmarkingPage, true),
      },
      {
        path: '/organisations/:organisationId/benchmarking/:consortiumId',
        element: page(MembershipPage, true),
      },
      {
        path: '/organisations/:organisationId/programme',
        element: page(ProgrammeLayout, true),
        children: [
          { index: true, element: <ProgrammeOverviewPage /> },
          ...Object.entries(programmeTools).map(([path, Tool]) => ({ path, element: <Tool /> })),
        ],
      },
      { path: `/${assessment}`, element: page(AssessmentPage, true) },
      {
        path: `/${assessment}/questionnaire/:characteristicId?`,
        element: page(QuestionnairePage, true),
      },
      { path: `/${assessment}/results`, element: page(ResultsPage, true) },
      { path: `/${assessment}/report`, element: page(ReportPage, true) },
      { path: `/${assessment}/other-models`, element: page(OtherModelsPage, true) },
      { path: `/${assessment}/plan-realisation`, element: page(PlanRealisationPage, true) },
      { path: `/${assessment}/improvement-cycle`, element: page(ImprovementCyclePage, true) },
      { path: `/${assessment}/stakeholders`, element: page(StakeholdersPage, true) },
      { path: `/${assessment}/workshop`, element: page(WorkshopPage, true) },
      { path: `/${assessment}/audit/:characteristicId?`, element: page(AuditPage, true) },
      { path: `/${assessment}/verification`, element: page(VerificationPage, true) },
      // Public: anyone with an assessment's id or digest checks it; no sign-in.
      { path: '/verify/:idOrDigest?', element: page(PublicVerifyPage, false) },
      // An account created by an invitation (external auditor): the token is in the fragment.
      { path: '/account-setup', element: page(AccountSetupPage, false) },
      // An invited stakeholder's personal link: no account, the token is the credential.
      { path: '/respond/:token', element: page(RespondPage, false) },
      {
        path: '/respond/:token/questionnaire/:characteristicId?',
        element: page(RespondQuestionnairePage, false),
      },
      { path: '*', element: page(NotFoundPage, false) },
    ],
  },
]);
