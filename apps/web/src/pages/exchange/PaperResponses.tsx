import { usesInvitations } from '@citymaturity/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStakeholderGroups } from '../../api/stakeholders.js';
import type { AssessmentDetail, Respondent } from '../../api/types.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { useGroupName } from '../stakeholders/useGroupName.js';
import { respondentsFrom } from './exchange-logic.js';

/** One list of responses that came in from a file: its heading, what it is, name, group, progress. */
function ImportedResponses({
  kind,
  respondents,
  groupName,
}: {
  kind: 'paper' | 'importedFile';
  respondents: readonly Respondent[];
  groupName: (key: string) => string;
}) {
  const { t } = useTranslation('exchange');
  if (respondents.length === 0) return null;
  const titleId = `${kind}-responses-title`;
  return (
    <div className="cm-ex-block">
      <Typography.Title level={3} id={titleId}>
        {t(`${kind}.title`, { count: respondents.length })}
      </Typography.Title>
      <p className="cm-muted">{t(`${kind}.intro`)}</p>
      <ul className="cm-plain-list cm-ex-paper" aria-labelledby={titleId}>
        {respondents.map((r) => (
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

/**
 * Where stakeholders rate through links, the responses that came in from files, as the API says
 * of each respondent (`source`): imported paper forms, and the respondents of an imported
 * assessment file. Neither a member's nor an invitation's, so neither the responses list nor the
 * stakeholders page shows them. Name, group and progress only (rating is blind), for those who
 * manage invitations.
 */
export function PaperResponses({ assessment }: { assessment: AssessmentDetail }) {
  const { organisationId } = assessment;
  const shown =
    usesInvitations(assessment.method) && assessment.actions.includes('invitations.manage');
  const groups = useStakeholderGroups(organisationId, shown);
  const groupName = useGroupName(groups.data);
  if (!shown) return null;
  return (
    <>
      <ImportedResponses
        kind="paper"
        respondents={respondentsFrom(assessment.respondents, 'paper-form')}
        groupName={groupName}
      />
      <ImportedResponses
        kind="importedFile"
        respondents={respondentsFrom(assessment.respondents, 'import')}
        groupName={groupName}
      />
    </>
  );
}
