import {
  CheckCircleOutlined,
  EditOutlined,
  MinusCircleOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FindingStatus } from './audit-logic.js';

const icons = {
  confirmed: CheckCircleOutlined,
  adjusted: EditOutlined,
  'insufficient-evidence': QuestionCircleOutlined,
  open: MinusCircleOutlined,
} as const;

/** The status of a characteristic in the audit: an icon and the word (never colour alone). */
export function FindingStatusLabel({ status }: { status: FindingStatus }) {
  const { t } = useTranslation('audit');
  const Icon = icons[status];
  return (
    <span className={`cm-au-status cm-au-status-${status}`}>
      <Icon aria-hidden /> {status === 'open' ? t('finding.notYetShort') : t(`verdict.${status}`)}
    </span>
  );
}
