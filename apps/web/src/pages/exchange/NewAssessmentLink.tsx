import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentDetail } from '../../api/types.js';

/** The way to an assessment just imported (shown when there are warnings to read first). */
export function NewAssessmentLink({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('exchange');
  return (
    <Link
      to={`/organisations/${assessment.organisationId}/assessments/${assessment.id}`}
      className="cm-link-button cm-link-button-primary"
    >
      {t('open', { title: assessment.title })} <ArrowRightOutlined aria-hidden />
    </Link>
  );
}
