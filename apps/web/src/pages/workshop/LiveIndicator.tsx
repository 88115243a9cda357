import { DisconnectOutlined, LoadingOutlined, WifiOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './useWorkshop.js';

const icons = {
  connecting: <LoadingOutlined aria-hidden />,
  live: <WifiOutlined aria-hidden />,
  reconnecting: <LoadingOutlined aria-hidden />,
  offline: <DisconnectOutlined aria-hidden />,
} as const;

/** Whether this screen follows the workshop live, in words and with an icon (never colour alone). */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation('workshop');
  return (
    <p className={`cm-w-live cm-w-live-${status}`} role="status">
      {icons[status]} <span className="cm-w-strong">{t(`live.${status}`)}</span>
      <span className="cm-w-live-hint">{t(`live.${status}Hint`)}</span>
    </p>
  );
}
