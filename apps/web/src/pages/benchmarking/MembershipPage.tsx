import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConsortiumMembership } from '../../api/benchmarking.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName, organisationName } from '../../components/OrganisationName.js';
import { useMembership, useOrganisation } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { WithPageStrings } from '../../components/WithPageStrings.js';
import '../results/results.css';
import './benchmarking.css';
import { benchmarkingStrings } from './pageStrings.js';
import { ComparisonSection } from './ComparisonSection.js';
import { ConsentSummary } from './ConsentSummary.js';
import { ConsortiumFacts } from './ConsortiumFacts.js';
import { SharesSection } from './SharesSection.js';

/**
 * The city's membership of one consortium: what it shares (share or withdraw each eligible
 * submitted assessment) and, once it shares something, its comparison with a peer group: charts
 * of the city inside the peers' distribution, the tables behind them, and peers to learn from.
 */
function MembershipPageContent() {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { organisationId = '', consortiumId = '' } = useParams();
  const membership = useMembership(organisationId);
  const organisation = useOrganisation(organisationId).data ?? membership?.organisation;
  const detail = useConsortiumMembership(organisationId, consortiumId);
  const canManage = membership?.actions.includes('consortium-membership.manage') ?? false;
  const consortium = detail.data?.consortium;
  usePageTitle(consortium ? organisationName(consortium, lang) : t('membership.title'));
  const back = `/organisations/${organisationId}/benchmarking`;

  return (
    <div className="cm-r-page cm-bm-page">
      <header className="cm-r-header">
        <Link to={back}>← {t('membership.back')}</Link>
        {organisation && <p className="cm-r-eyebrow">{organisationName(organisation, lang)}</p>}
        <h1 className="cm-r-title">
          {consortium ? <OrganisationName organisation={consortium} /> : t('membership.title')}
        </h1>
        {consortium && <ConsortiumFacts consortium={consortium} className="cm-r-facts" />}
      </header>
      {detail.isError ? (
        <ErrorAlert
          error={detail.error}
          title={t('membership.loadFailed')}
          onRetry={() => void detail.refetch()}
        />
      ) : !detail.data ? (
        <PageFallback />
      ) : (
        <>
          <section className="cm-r-section" aria-labelledby="consent-heading">
            <h2 id="consent-heading" className="cm-r-section-title">
              {t('membership.consentTitle')}
            </h2>
            <ConsentSummary
              consent={detail.data.consent}
              joinedAt={detail.data.joinedAt}
              heading={false}
            />
            {canManage && (
              <p className="cm-bm-text">
                <Link to={back}>{t('membership.changeConsent')}</Link>
              </p>
            )}
          </section>
          <SharesSection
            organisationId={organisationId}
            detail={detail.data}
            canManage={canManage}
          />
          <ComparisonSection
            organisationId={organisationId}
            detail={detail.data}
            organisation={organisation}
          />
        </>
      )}
    </div>
  );
}

/** The page, once the benchmarking strings of the interface language are loaded. */
export default function MembershipPage() {
  return (
    <WithPageStrings strings={benchmarkingStrings}>
      <MembershipPageContent />
    </WithPageStrings>
  );
}
