import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/client.js';
import { errorKind } from './error-kind.js';

/** The page when the results cannot be shown: a heading, the reason and what to do next. */
export function ResultsError({
  error,
  retry,
  heading,
}: {
  error: ApiError;
  retry: () => void;
  heading: string;
}) {
  const { t } = useTranslation('results');
  const kind = errorKind(error.status);
  return (
    <div className="cm-r-page">
      <h1 className="cm-r-title">{heading}</h1>
      <Alert
        type={kind === 'other' ? 'error' : 'warning'}
        showIcon
        title={t(`errors.${kind}.title`)}
        description={
          <>
            <p>{t(`errors.${kind}.body`)}</p>
            {error.message && <p className="cm-r-muted">{error.message}</p>}
          </>
        }
      />
      <Space wrap className="cm-r-actions">
        {kind === 'other' && (
          <Button type="primary" onClick={retry}>
            {t('errors.retry')}
          </Button>
        )}
        <Link to="/">{t('errors.home')}</Link>
      </Space>
    </div>
  );
}
