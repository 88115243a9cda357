import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** The message of an error for the person: the API's own (already in the interface language), else a generic one. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

/** An error shown in the page (announced to screen readers), with an optional "try again" button. */
export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  /** What failed, e.g. "The assessments could not be loaded". */
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('assessment');
  const message = errorMessage(error, t('common:errors.unknown'));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      description={title ? message : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('shared.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
