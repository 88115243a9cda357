import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../api/types.js';

/** The status of an assessment: an icon and a word (never the colour alone). */
export function StatusTag({ status }: { status: AssessmentSummary['status'] }) {
  const { t } = useTranslation('assessment');
  return status === 'submitted' ? (
    <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} className="cm-tag-strong">
      {t('status.submitted')}
    </Tag>
  ) : (
    <Tag color="gold" icon={<EditOutlined aria-hidden />} className="cm-tag-strong">
      {t('status.draft')}
    </Tag>
  );
}
