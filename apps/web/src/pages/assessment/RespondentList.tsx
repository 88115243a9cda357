import { usesInvitations } from '@citymaturity/core';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssessmentDetail, Respondent } from '../../api/types.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { questionnairePath } from './questionnaire-link.js';

/** What the button of a response says: start, continue, review, or only view. */
function answerLabel(respondent: Respondent): string {
  if (!respondent.editable) return 'respondents.view';
  if (respondent.progress.answered === 0) return 'respondents.start';
  if (respondent.progress.answered < respondent.progress.total) return 'respondents.continue';
  return 'respondents.review';
}

/** The responses of the assessment with their progress and a way into each questionnaire. */
export function RespondentList({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('assessment');
  const navigate = useNavigate();
  // Invited stakeholders are followed on the stakeholders page (progress only, never answers).
  const invites = usesInvitations(assessment.method);
  const respondents = invites
    ? assessment.respondents.filter((r) => r.userId !== null)
    : assessment.respondents;
  return (
    <section className="cm-section" aria-labelledby="respondents-title">
      <Typography.Title level={2} id="respondents-title">
        {t('respondents.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('respondents.explain')}</Typography.Paragraph>
      {invites && (
        <Typography.Paragraph className="cm-muted">
          {t('stakeholders:respondents.members')}
        </Typography.Paragraph>
      )}
      <ul className="cm-plain-list">
        {respondents.map((r) => (
          <li key={r.id} className="cm-respondent">
            <div className="cm-respondent-main">
              <div className="cm-respondent-name">{r.name}</div>
              <ProgressLine progress={r.progress} />
            </div>
            <Button
              type={r.editable ? 'primary' : 'default'}
              onClick={() =>
                void navigate(questionnairePath(assessment.organisationId, assessment.id, r.id))
              }
            >
              {t(answerLabel(r))}
              <span className="cm-visually-hidden">: {r.name}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
