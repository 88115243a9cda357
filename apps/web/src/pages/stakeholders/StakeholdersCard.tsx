import { usesInvitations } from '@citymaturity/core';
import { TeamOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStakeholderProgress } from '../../api/stakeholders.js';
import type { AssessmentDetail } from '../../api/types.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { totalsOf } from './progress-summary.js';
import './stakeholders.css';

/**
 * On the assessment page of a multi-stakeholder or facilitated assessment: how many stakeholders
 * were invited and have responded, whether the results are revealed, and the way to the
 * stakeholders page. Nothing for other methods or for people who may not follow the progress.
 */
export function StakeholdersCard({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { organisationId, id } = assessment;
  const shown = usesInvitations(assessment.method) && assessment.actions.includes('progress.view');
  const progress = useStakeholderProgress(organisationId, id, shown);
  if (!shown) return null;
  const totals = totalsOf(progress.data?.groups ?? []);
  const open = assessment.status === 'draft' && assessment.revealedAt === null;
  const invites = open && assessment.actions.includes('invitations.manage');

  return (
    <section className="cm-section" aria-labelledby="stakeholders-card-title">
      <div className="cm-sh-box cm-sh-card">
        <Typography.Title level={2} id="stakeholders-card-title">
          {t('card.title')}
        </Typography.Title>
        <p role="status">
          {progress.isPending
            ? t('common:loading')
            : totals.invited === 0
              ? t('card.nobody')
              : t('card.counts', {
                  invited: totals.invited,
                  completed: totals.completed,
                  inProgress: totals.inProgress,
                  notOpened: totals.notOpened,
                })}
        </p>
        <p className="cm-muted">
          {assessment.revealedAt === null
            ? t('card.blind')
            : t('reveal.revealedOn', { at: formatDateTime(assessment.revealedAt, lang) })}
        </p>
        <Link
          to={`/organisations/${organisationId}/assessments/${id}/stakeholders`}
          className={`cm-link-button${invites ? ' cm-link-button-primary' : ''}`}
        >
          <TeamOutlined aria-hidden /> {invites ? t('card.invite') : t('card.open')}
        </Link>
      </div>
    </section>
  );
}
