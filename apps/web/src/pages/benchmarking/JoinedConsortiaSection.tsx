import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsortiumMembership } from '../../api/benchmarking.js';
import { JoinForm } from './JoinForm.js';
import { MembershipPanel } from './MembershipPanel.js';

/**
 * The consortia the city has joined, each with its consent and a way to share results and compare;
 * administrators join another with a code, change the consent or leave.
 */
export function JoinedConsortiaSection({
  organisationId,
  memberships,
  canManage,
}: {
  organisationId: string;
  memberships: readonly ConsortiumMembership[];
  canManage: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  return (
    <section className="cm-section" id="consortia-joined" aria-labelledby="consortia-joined-title">
      <Typography.Title level={2} id="consortia-joined-title">
        {t('joined.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-bm-text">
        {t('joined.intro')}
      </Typography.Paragraph>
      {memberships.length === 0 && (
        <Typography.Paragraph className="cm-bm-text">
          {canManage ? t('joined.emptyAdmin') : t('joined.empty')}
        </Typography.Paragraph>
      )}
      <div className="cm-bm-stack">
        {memberships.map((membership) => (
          <MembershipPanel
            key={membership.consortium.id}
            organisationId={organisationId}
            membership={membership}
            canManage={canManage}
          />
        ))}
        {canManage && <JoinForm organisationId={organisationId} />}
      </div>
    </section>
  );
}
