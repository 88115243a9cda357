import type { UseQueryResult } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IssuedInvitation, StakeholderGroup } from '../../api/stakeholders.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { InviteManyForm } from './InviteManyForm.js';
import { InviteOneForm } from './InviteOneForm.js';

/** Inviting stakeholders: one person at a time, or a whole list from a CSV file. */
export function InviteSection({
  organisationId,
  assessmentId,
  groups,
  onIssued,
}: {
  organisationId: string;
  assessmentId: string;
  groups: UseQueryResult<StakeholderGroup[]>;
  onIssued: (issued: IssuedInvitation[]) => void;
}) {
  const { t } = useTranslation('stakeholders');
  return (
    <section className="cm-section" id="invite" aria-labelledby="invite-title">
      <Typography.Title level={2} id="invite-title">
        {t('invite.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-sh-prose">
        {t('invite.intro')}{' '}
        <Link to={`/organisations/${organisationId}#stakeholder-groups`}>
          {t('invite.manageGroups')}
        </Link>
      </Typography.Paragraph>
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      <div className="cm-sh-invite-grid">
        <div className="cm-sh-box">
          <InviteOneForm
            organisationId={organisationId}
            assessmentId={assessmentId}
            groups={groups.data ?? []}
            onIssued={onIssued}
          />
        </div>
        <div className="cm-sh-box">
          <InviteManyForm
            organisationId={organisationId}
            assessmentId={assessmentId}
            groups={groups.data ?? []}
            onIssued={onIssued}
          />
        </div>
      </div>
    </section>
  );
}
