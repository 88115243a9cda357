import { Alert, Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvitedResults } from '../../api/respond.js';
import { useMaturityModelQuery } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { textLanguage } from '../results/format.js';
import { characteristicRows, unratedCharacteristics } from '../results/rows.js';
import { AssessmentFacts } from '../results/sections/AssessmentFacts.js';
import { NoMedianNotice } from '../results/sections/NoMedianNotice.js';
import { ResultsBody } from '../results/sections/ResultsBody.js';
import '../results/results.css';

/**
 * The results an invited stakeholder sees once the facilitator has revealed them: the same
 * sections as the members' results page (charts first), without the members' actions.
 */
export default function RespondResults({ token }: { token: string }) {
  const { t, i18n } = useTranslation('respond');
  const lang = textLanguage(i18n.language);
  const results = useInvitedResults(token);
  const modelQuery = useMaturityModelQuery();
  const model = modelQuery.data?.index;
  const score = results.data?.score;
  const unrated = useMemo(
    () => (score && model ? unratedCharacteristics(characteristicRows(score, model, lang)) : []),
    [score, model, lang],
  );

  const error = results.error ?? modelQuery.error;
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('results.failed')}
        description={errorMessage(error, t('common:errors.unknown'))}
        action={
          <Button
            size="small"
            onClick={() => {
              void results.refetch();
              void modelQuery.refetch();
            }}
          >
            {t('problem.retry')}
          </Button>
        }
      />
    );
  if (!results.data || !model) return <PageFallback />;

  return (
    <div className="cm-r-page cm-respond-results">
      <div className="cm-r-header">
        <p className="cm-respond-lead">{t('results.intro')}</p>
        <AssessmentFacts results={results.data} model={model} />
        <NoMedianNotice rows={unrated} lang={lang} />
      </div>
      <ResultsBody results={results.data} model={model} />
    </div>
  );
}
