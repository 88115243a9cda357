import { Alert, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useOperatingModelQuery } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { organisationName } from '../../components/OrganisationName.js';
import { useMembership, useOrganisation } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { WithPageStrings } from '../../components/WithPageStrings.js';
import { programmeStrings } from './pageStrings.js';
import { clauseText, pageClause } from './programme-logic.js';
import './programme.css';
import { ProgrammeSubNav } from './ProgrammeSubNav.js';
import { programmePageOf, programmePath } from './tools.js';
import type { ProgrammeContext } from './useProgramme.js';

/**
 * The frame of the ISO 37106 workspace: a breadcrumb back to the organisation, the tool's h1 and
 * clause, the tools' navigation and the tool's page (a child route, loaded on its own). Members
 * whose role lacks `programme.view` get an explanation instead.
 */
function ProgrammeLayoutContent() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const organisationId = useParams().organisationId ?? '';
  const page = programmePageOf(useLocation().pathname) ?? 'overview';
  const membership = useMembership(organisationId);
  const organisation = useOrganisation(organisationId).data ?? membership?.organisation;
  const actions = membership?.actions ?? [];
  const canView = actions.includes('programme.view');
  const canManage = actions.includes('programme.manage');
  const pack = useOperatingModelQuery();
  const city = organisation ? organisationName(organisation, lang) : undefined;
  const title = t(`tools.${page}.title`);
  usePageTitle(city ? `${title} · ${city}` : title);
  const clause = pack.data ? pageClause(pack.data, page) : undefined;

  const context = useMemo((): ProgrammeContext | undefined => {
    if (!pack.data) return undefined;
    return {
      organisationId,
      pack: pack.data,
      canManage,
      documents: new Map(pack.data.meta.documents.map((d) => [d.id, d.designation])),
    };
  }, [organisationId, pack.data, canManage]);

  return (
    <div className="cm-page cm-pg-page">
      <div>
        <nav aria-label={t('workspace.breadcrumb')} className="cm-pg-breadcrumb">
          <ol>
            <li>
              <Link to={`/organisations/${encodeURIComponent(organisationId)}`}>
                {city ?? organisationId}
              </Link>
            </li>
            {page !== 'overview' && (
              <li>
                <Link to={programmePath(organisationId)}>{t('workspace.title')}</Link>
              </li>
            )}
            <li aria-current="page">{page === 'overview' ? t('workspace.title') : title}</li>
          </ol>
        </nav>
        <Typography.Title level={1}>{title}</Typography.Title>
        <p className="cm-pg-standard">
          {t('workspace.standard')}
          {clause && ` · ${t('workspace.clause', { clause: clauseText(clause, lang) })}`}
        </p>
      </div>
      {!canView ? (
        <Alert type="info" showIcon title={t('workspace.notAllowed')} />
      ) : pack.isError ? (
        <ErrorAlert
          error={pack.error}
          title={t('workspace.packFailed')}
          onRetry={() => void pack.refetch()}
        />
      ) : !context ? (
        <PageFallback />
      ) : (
        <div className="cm-pg-body">
          <ProgrammeSubNav organisationId={organisationId} />
          <div className="cm-pg-main">
            <Suspense fallback={<PageFallback />}>
              <Outlet context={context} />
            </Suspense>
          </div>
        </div>
      )}
    </div>
  );
}

/** The workspace's frame, once its strings in the interface language are loaded. */
export default function ProgrammeLayout() {
  return (
    <WithPageStrings strings={programmeStrings}>
      <ProgrammeLayoutContent />
    </WithPageStrings>
  );
}
