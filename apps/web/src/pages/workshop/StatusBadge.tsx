import { CheckCircleOutlined, ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CharacteristicStatus } from './workshop-logic.js';

const look = {
  agreed: { color: 'green', icon: <CheckCircleOutlined aria-hidden /> },
  divergent: { color: 'orange', icon: <WarningOutlined aria-hidden /> },
  open: { color: 'blue', icon: <ClockCircleOutlined aria-hidden /> },
} as const;

/** Where a characteristic stands in the workshop: agreed, divergent groups, or open (icon and word). */
export function StatusBadge({ status }: { status: CharacteristicStatus }) {
  const { t } = useTranslation('workshop');
  return (
    <Tag color={look[status].color} icon={look[status].icon} className="cm-tag-strong">
      {t(`status.${status}`)}
    </Tag>
  );
}
