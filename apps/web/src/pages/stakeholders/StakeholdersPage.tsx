import { usesInvitations } from '@citymaturity/core';
import { Alert, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useInvitations, useStakeholderGroups } from '../../api/stakeholders.js';
import type { IssuedInvitation } from '../../api/stakeholders.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { useAssessment } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { InvitationsSection } from './InvitationsSection.js';
import { InviteSection } from './InviteSection.js';
import { IssuedLinks } from './IssuedLinks.js';
import { MinGroupSizeSetting } from './MinGroupSizeSetting.js';
import { ProgressSection } from './ProgressSection.js';
import { RevealSection } from './RevealSection.js';
import { useGroupName } from './useGroupName.js';
import './stakeholders.css';

/**
 * The organiser's side of a multi-stakeholder rating: who has responded (per group, never their
 * answers), the invitations and their links, inviting one person or a whole list, the reveal, and
 * the minimum group size.
 */
export default function StakeholdersPage() {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { organisationId = '', assessmentId = '' } = useParams();
  const query = useAssessment(organisationId, assessmentId);
  const assessment = query.data;
  const may = (action: string) => assessment?.actions.includes(action) ?? false;
  const invites = assessment !== undefined && usesInvitations(assessment.method);
  const manages = invites && may('invitations.manage');
  const invitations = useInvitations(organisationId, assessmentId, manages);
  const groups = useStakeholderGroups(organisationId, invites);
  const groupName = useGroupName(groups.data);
  const [issued, setIssued] = useState<IssuedInvitation[]>([]);
  const onIssued = useCallback((links: IssuedInvitation[]) => {
    setIssued((before) => [...links, ...before]);
  }, []);
  usePageTitle(assessment ? t('pageTitle', { title: assessment.title }) : undefined);

  const assessmentUrl = `/organisations/${organisationId}/assessments/${assessmentId}`;
  const back = (
    <Link to={assessmentUrl} className="cm-back-link">
      {t('backToAssessment')}
    </Link>
  );
  if (query.isPending) return <PageFallback />;
  if (query.isError)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('notFound')}</Typography.Title>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        {back}
      </div>
    );
  if (!invites || !may('progress.view'))
    return (
      <div className="cm-page">
        <div>
          {back}
          <Typography.Title level={1}>{t('title')}</Typography.Title>
        </div>
        <Alert
          type="info"
          showIcon
          role="note"
          title={invites ? t('notAllowed') : t('notInviting')}
        />
      </div>
    );

  const isOpen = assessment.status === 'draft' && assessment.revealedAt === null;
  return (
    <div className="cm-page">
      <div>
        {back}
        <p className="cm-sh-eyebrow">{assessment.title}</p>
        <Typography.Title level={1}>{t('title')}</Typography.Title>
        <Typography.Paragraph className="cm-sh-intro">{t('intro')}</Typography.Paragraph>
        <nav aria-label={t('sections')} className="cm-actions">
          <a href="#progress">{t('progress.title')}</a>
          {manages && <a href="#invitations">{t('invitations.title')}</a>}
          {manages && isOpen && <a href="#invite">{t('invite.title')}</a>}
          <a href="#reveal">{t('reveal.title')}</a>
          <a href="#privacy">{t('privacy.title')}</a>
        </nav>
      </div>
      {assessment.revealedAt !== null && (
        <Alert
          type="success"
          showIcon
          role="note"
          title={t('reveal.revealedOn', { at: formatDateTime(assessment.revealedAt, lang) })}
          description={t('reveal.closedNote')}
        />
      )}
      {assessment.status !== 'draft' && (
        <Alert type="info" showIcon role="note" title={t('submittedNote')} />
      )}
      {issued.length > 0 && (
        <IssuedLinks
          issued={issued}
          groupName={groupName}
          onDismiss={() => {
            setIssued([]);
          }}
        />
      )}
      <ProgressSection organisationId={organisationId} assessmentId={assessmentId} />
      {manages && (
        <InvitationsSection
          assessment={assessment}
          query={invitations}
          groupName={groupName}
          onIssued={onIssued}
        />
      )}
      {manages && isOpen && (
        <InviteSection
          organisationId={organisationId}
          assessmentId={assessmentId}
          groups={groups}
          onIssued={onIssued}
        />
      )}
      <RevealSection assessment={assessment} />
      <MinGroupSizeSetting assessment={assessment} />
    </div>
  );
}
