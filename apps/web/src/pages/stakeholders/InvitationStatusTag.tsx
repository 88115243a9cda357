import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  MailOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus } from '../../api/stakeholders.js';

const looks: Readonly<Record<InvitationStatus, { color: string; icon: ReactNode }>> = {
  'not-opened': { color: 'default', icon: <MailOutlined aria-hidden /> },
  'in-progress': { color: 'blue', icon: <EditOutlined aria-hidden /> },
  completed: { color: 'green', icon: <CheckCircleOutlined aria-hidden /> },
  revoked: { color: 'red', icon: <StopOutlined aria-hidden /> },
  expired: { color: 'orange', icon: <ClockCircleOutlined aria-hidden /> },
};

/** The status of an invitation: an icon and a word (never the colour alone). */
export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation('stakeholders');
  const look = looks[status];
  return (
    <Tag color={look.color} icon={look.icon} className="cm-tag-strong">
      {t(`status.${status}`)}
    </Tag>
  );
}
