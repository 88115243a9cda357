import { usesInvitations } from '@citymaturity/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInvitations, useStakeholderGroups } from '../../api/stakeholders.js';
import type { AssessmentDetail } from '../../api/types.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { useGroupName } from '../stakeholders/useGroupName.js';
import { paperRespondents } from './exchange-logic.js';

/**
 * Where stakeholders rate through links, the responses that came in on paper (imported forms):
 * neither a member's nor an invitation's, so neither the responses list nor the stakeholders page
 * shows them. Name, group and progress only (rating is blind), for those who manage invitations.
 */
export function PaperResponses({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('exchange');
  const { organisationId, id } = assessment;
  const shown =
    usesInvitations(assessment.method) && assessment.actions.includes('invitations.manage');
  const invitations = useInvitations(organisationId, id, shown);
  const groups = useStakeholderGroups(organisationId, shown);
  const groupName = useGroupName(groups.data);
  if (!shown || !invitations.data) return null;
  const paper = paperRespondents(assessment.respondents, invitations.data);
  if (paper.length === 0) return null;
  return (
    <div className="cm-ex-block">
      <Typography.Title level={3} id="paper-responses-title">
        {t('paper.title', { count: paper.length })}
      </Typography.Title>
      <p className="cm-muted">{t('paper.intro')}</p>
      <ul className="cm-plain-list cm-ex-paper" aria-labelledby="paper-responses-title">
        {paper.map((r) => (
          <li key={r.id} className="cm-ex-paper-item">
            <span className="cm-ex-paper-name">
              {r.name}
              {r.stakeholderGroup !== null && (
                <span className="cm-muted"> · {groupName(r.stakeholderGroup)}</span>
              )}
            </span>
            <ProgressLine progress={r.progress} />
          </li>
        ))}
      </ul>
    </div>
  );
}
