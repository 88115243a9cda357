import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../api/types.js';

/** Says that a draft's results are provisional: answers can still change until it is submitted. */
export function ProvisionalNotice({ assessment }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation('results');
  if (assessment.status !== 'draft') return null;
  return (
    <Alert
      className="cm-r-notice"
      type="warning"
      showIcon
      title={t('provisional.title')}
      description={t('provisional.body', {
        answered: assessment.progress.answered,
        total: assessment.progress.total,
      })}
    />
  );
}
