import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function OrganisationPage() {
  const { t } = useTranslation('common');
  return <Typography.Title level={1}>{t('placeholder')}</Typography.Title>;
}
