import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.js';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation('common');
  usePageTitle(t('errors.notFound'));
  return (
    <Result
      status="404"
      title={<h1>{t('errors.notFound')}</h1>}
      extra={<Link to="/">{t('errors.backHome')}</Link>}
    />
  );
}
