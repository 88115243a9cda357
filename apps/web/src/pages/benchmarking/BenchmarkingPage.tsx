import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useConsortia } from '../../api/benchmarking.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { organisationName } from '../../components/OrganisationName.js';
import { useMembership, useOrganisation } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { WithPageStrings } from '../../components/WithPageStrings.js';
import './benchmarking.css';
import { benchmarkingStrings } from './pageStrings.js';
import { JoinedConsortiaSection } from './JoinedConsortiaSection.js';
import { OwnedConsortiaSection } from './OwnedConsortiaSection.js';

/**
 * Benchmarking of an organisation: the consortia it runs (create one, pass its join code on to the
 * cities, see who joined and what they agreed to, never their levels) and the consortia the city
 * has joined (join with a code and its consent, change the consent, leave, and open a membership
 * to share results and compare the city with its peers).
 */
function BenchmarkingPageContent() {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const organisationId = useParams().organisationId ?? '';
  const membership = useMembership(organisationId);
  const organisation = useOrganisation(organisationId).data ?? membership?.organisation;
  const actions = membership?.actions ?? [];
  const canView = actions.includes('benchmarking.view');
  const canRun = actions.includes('consortia.manage');
  const canJoin = actions.includes('consortium-membership.manage');
  const consortia = useConsortia(organisationId, canView);
  const city = organisation ? organisationName(organisation, lang) : undefined;
  usePageTitle(city ? `${t('page.title')} · ${city}` : t('page.title'));
  const owned = consortia.data && (
    <OwnedConsortiaSection organisationId={organisationId} owned={consortia.data.owned} />
  );

  return (
    <div className="cm-page cm-bm-page">
      <div>
        <Link to={`/organisations/${organisationId}`} className="cm-back-link">
          ← {t('page.back')}
        </Link>
        {city && <p className="cm-bm-eyebrow">{city}</p>}
        <Typography.Title level={1}>{t('page.title')}</Typography.Title>
        <div className="cm-bm-intro">
          <p>{t('page.intro')}</p>
          <p>{t('page.privacy')}</p>
        </div>
      </div>
      {!canView ? (
        <Alert type="info" showIcon title={t('page.notAllowed')} />
      ) : consortia.isError ? (
        <ErrorAlert
          error={consortia.error}
          title={t('page.loadFailed')}
          onRetry={() => void consortia.refetch()}
        />
      ) : !consortia.data ? (
        <PageFallback />
      ) : (
        <>
          <nav aria-label={t('page.sections')} className="cm-actions">
            {canRun && <a href="#consortia-run">{t('owned.title')}</a>}
            <a href="#consortia-joined">{t('joined.title')}</a>
          </nav>
          {/* An organisation that runs consortia (an institute) sees them first; a city its memberships. */}
          {canRun && consortia.data.owned.length > 0 && owned}
          <JoinedConsortiaSection
            organisationId={organisationId}
            memberships={consortia.data.joined}
            canManage={canJoin}
          />
          {canRun && consortia.data.owned.length === 0 && owned}
        </>
      )}
    </div>
  );
}

/** The page, once the benchmarking strings of the interface language are loaded. */
export default function BenchmarkingPage() {
  return (
    <WithPageStrings strings={benchmarkingStrings}>
      <BenchmarkingPageContent />
    </WithPageStrings>
  );
}
