import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data loads. */
export function PageFallback() {
  const { t } = useTranslation('common');
  return (
    <div role="status" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div>{t('loading')}</div>
    </div>
  );
}
