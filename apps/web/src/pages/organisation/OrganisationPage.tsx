import { ApartmentOutlined, RiseOutlined, TeamOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { OrganisationFacts } from '../../components/OrganisationFacts.js';
import { OrganisationName, organisationName } from '../../components/OrganisationName.js';
import { useMembership, useOrganisation } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { AssessmentList } from './AssessmentList.js';
import { AuditLogSection } from './AuditLogSection.js';
import { MembersSection } from './MembersSection.js';
import { NewAssessmentForm } from './NewAssessmentForm.js';
import './organisation.css';

// Below the fold and only for organisers: loaded after the page.
const StakeholderGroupsSection = lazy(() => import('../stakeholders/StakeholderGroupsSection.js'));
const OrganisationExchange = lazy(() => import('../exchange/OrganisationExchange.js'));

/** An organisation: its assessments, a form to start one, and (administrators) its members and audit log. */
export default function OrganisationPage() {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const organisationId = useParams().organisationId ?? '';
  const membership = useMembership(organisationId);
  const query = useOrganisation(organisationId);
  const organisation = query.data ?? membership?.organisation;
  usePageTitle(organisation ? organisationName(organisation, lang) : undefined);
  const actions = membership?.actions ?? [];

  if (!organisation) {
    if (query.isPending) return <PageFallback />;
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('notFound')}</Typography.Title>
        <ErrorAlert error={query.error} />
        <Link to="/">{t('backHome')}</Link>
      </div>
    );
  }

  return (
    <div className="cm-page">
      <div>
        <Link to="/" className="cm-back-link">
          {t('backHome')}
        </Link>
        <Typography.Title level={1}>
          <OrganisationName organisation={organisation} />
        </Typography.Title>
        <div className="cm-org-summary">
          <OrganisationFacts organisation={organisation} />
          {membership && (
            <Typography.Text>
              {t('yourRole', { role: t(`roles.${membership.role}`) })}
            </Typography.Text>
          )}
        </div>
        {actions.includes('results.view') && (
          <div className="cm-actions cm-org-links">
            <Link to={`/organisations/${organisationId}/cycles`} className="cm-link-button">
              <RiseOutlined aria-hidden /> {t('cycles:links.entry')}
            </Link>
            {actions.includes('benchmarking.view') && (
              <Link to={`/organisations/${organisationId}/benchmarking`} className="cm-link-button">
                <TeamOutlined aria-hidden /> {t('benchmarking:links.entry')}
              </Link>
            )}
            {actions.includes('programme.view') && (
              <Link to={`/organisations/${organisationId}/programme`} className="cm-link-button">
                <ApartmentOutlined aria-hidden /> {t('programme:links.entry')}
              </Link>
            )}
          </div>
        )}
        {actions.includes('audit-log.view') && (
          <nav aria-label={t('pageSections')} className="cm-actions">
            <a href="#assessments">{t('assessments.title')}</a>
            {actions.includes('assessments.create') && (
              <a href="#import">{t('exchange:organisation.title')}</a>
            )}
            {actions.includes('organisation.backup') && (
              <a href="#backup">{t('exchange:backup.title')}</a>
            )}
            {actions.includes('members.view') && <a href="#members">{t('members.title')}</a>}
            {actions.includes('invitations.manage') && (
              <a href="#stakeholder-groups">{t('stakeholders:groups.title')}</a>
            )}
            <a href="#audit-log">{t('audit.title')}</a>
          </nav>
        )}
      </div>
      <AssessmentList organisationId={organisationId} />
      {actions.includes('assessments.create') && (
        <NewAssessmentForm organisationId={organisationId} />
      )}
      {(actions.includes('assessments.create') || actions.includes('organisation.backup')) && (
        <Suspense fallback={null}>
          <OrganisationExchange
            organisationId={organisationId}
            canImport={actions.includes('assessments.create')}
            canBackUp={actions.includes('organisation.backup')}
          />
        </Suspense>
      )}
      {actions.includes('members.view') && (
        <MembersSection
          organisationId={organisationId}
          canManage={actions.includes('members.manage')}
        />
      )}
      {actions.includes('invitations.manage') && (
        <Suspense fallback={null}>
          <StakeholderGroupsSection organisationId={organisationId} canManage />
        </Suspense>
      )}
      {actions.includes('audit-log.view') && <AuditLogSection organisationId={organisationId} />}
    </div>
  );
}
