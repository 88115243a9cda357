import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMaturityModelQuery } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useAssessment, useResponse } from '../../components/queries.js';
import '../../components/components.css';
import { QuestionnaireEditor } from './QuestionnaireEditor.js';
import './questionnaire.css';

/**
 * The questionnaire of one response (`?respondent=`; by default the first the person may edit):
 * loads the model, the assessment and the saved answers, then shows one characteristic at a time.
 */
export default function QuestionnairePage() {
  const { t } = useTranslation('questionnaire');
  const { organisationId = '', assessmentId = '', characteristicId } = useParams();
  const [params] = useSearchParams();
  const modelQuery = useMaturityModelQuery();
  const model = modelQuery.data;
  const assessment = useAssessment(organisationId, assessmentId);
  const respondents = assessment.data?.respondents ?? [];
  const respondent =
    respondents.find((r) => r.id === params.get('respondent')) ??
    respondents.find((r) => r.editable) ??
    respondents[0];
  const response = useResponse(organisationId, assessmentId, respondent?.id);
  const backLink = (
    <Link to={`/organisations/${organisationId}/assessments/${assessmentId}`}>
      {t('backToAssessment')}
    </Link>
  );

  const error = assessment.error ?? response.error ?? modelQuery.error;
  if (error)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('title')}</Typography.Title>
        <ErrorAlert
          error={error}
          onRetry={() => {
            void assessment.refetch();
            void response.refetch();
            void modelQuery.refetch();
          }}
        />
        {backLink}
      </div>
    );
  if (assessment.data && !respondent)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('title')}</Typography.Title>
        <Typography.Paragraph>{t('noRespondent')}</Typography.Paragraph>
        {backLink}
      </div>
    );
  if (!model || !assessment.data || !respondent || !response.data) return <PageFallback />;

  return (
    <QuestionnaireEditor
      key={respondent.id}
      index={model.index}
      assessment={assessment.data}
      respondent={respondent}
      response={response.data}
      characteristicId={characteristicId}
    />
  );
}
