import { Tag, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../api/session.js';
import type { Membership } from '../../api/types.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { OrganisationFacts } from '../../components/OrganisationFacts.js';
import { useOrganisations } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { homeRedirectKey } from '../login/sign-in.js';
import { AuditAssignments } from '../audit/AuditAssignments.js';
import { AllOrganisations } from './AllOrganisations.js';
import { CreateOrganisationForm } from './CreateOrganisationForm.js';
import './home.css';

/**
 * The organisation to send the person straight to: their only one, once per sign-in (so that
 * Home stays reachable through the navigation afterwards).
 */
function goStraightTo(
  memberships: Membership[] | undefined,
  isPlatformAdmin: boolean,
): string | null {
  if (!memberships || isPlatformAdmin || memberships.length !== 1) return null;
  try {
    if (sessionStorage.getItem(homeRedirectKey)) return null;
  } catch {
    return null;
  }
  return memberships[0]?.organisation.id ?? null;
}

/** The organisations the person belongs to; platform administrators also see and create all organisations. */
export default function HomePage() {
  const { t } = useTranslation('home');
  const session = useSession();
  const query = useOrganisations();
  usePageTitle(t('title'));
  const isPlatformAdmin = session.authenticated && session.user.isPlatformAdmin;
  const navigate = useNavigate();
  const straightTo = goStraightTo(query.data?.memberships, isPlatformAdmin);
  useEffect(() => {
    if (!straightTo) return;
    try {
      sessionStorage.setItem(homeRedirectKey, '1');
    } catch {
      // Without storage the page simply redirects each time.
    }
    void navigate(`/organisations/${straightTo}`, { replace: true });
  }, [straightTo, navigate]);

  if (query.isPending || straightTo) return <PageFallback />;
  if (query.isError)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('title')}</Typography.Title>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );

  const { memberships, all } = query.data;
  const audits = session.authenticated ? (session.grants ?? []).length : 0;

  return (
    <div className="cm-page">
      <div>
        <Typography.Title level={1}>{t('title')}</Typography.Title>
        {session.authenticated && (
          <Typography.Paragraph className="cm-muted">
            {t('welcome', { name: session.user.displayName })}
          </Typography.Paragraph>
        )}
      </div>
      <AuditAssignments />
      <section className="cm-section" aria-labelledby="my-organisations">
        <Typography.Title level={2} id="my-organisations">
          {t('mine.title')}
        </Typography.Title>
        {memberships.length === 0 ? (
          <Typography.Paragraph>
            {isPlatformAdmin
              ? t('mine.emptyPlatformAdmin')
              : audits > 0
                ? t('audit:assignments.noMembership')
                : t('mine.empty')}
          </Typography.Paragraph>
        ) : (
          <ul className="cm-plain-list cm-org-grid">
            {memberships.map((m) => (
              <li key={m.organisation.id}>
                <Panel className="cm-org-card">
                  <Typography.Title level={3} className="cm-org-card-title">
                    <Link to={`/organisations/${m.organisation.id}`}>
                      <OrganisationName organisation={m.organisation} />
                    </Link>
                  </Typography.Title>
                  <div className="cm-org-card-role">
                    {t('mine.yourRole')} <Tag color="blue">{t(`organisation:roles.${m.role}`)}</Tag>
                  </div>
                  <OrganisationFacts organisation={m.organisation} />
                </Panel>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isPlatformAdmin && (
        <>
          <AllOrganisations organisations={all} />
          <CreateOrganisationForm />
        </>
      )}
    </div>
  );
}
