import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RecommendationStatus } from '../../../api/programme-components.js';

const icons = {
  'not-started': MinusCircleOutlined,
  'in-progress': ClockCircleOutlined,
  done: CheckCircleOutlined,
  'not-applicable': StopOutlined,
} as const;

/** A recommendation's status: an icon and the word (never the colour alone). */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation('programme');
  const Icon = icons[status];
  return (
    <span className={`cm-pgc-badge cm-pgc-status-${status}`}>
      <Icon aria-hidden /> {t(`components.status.${status}`)}
    </span>
  );
}

/** "Overdue", with a warning sign. */
export function OverdueBadge({ text }: { text: string }) {
  return (
    <span className="cm-pgc-badge cm-pgc-overdue">
      <ExclamationCircleOutlined aria-hidden /> {text}
    </span>
  );
}
