import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { PageFallback } from '../app/PageFallback.js';
import { usePageStrings, type PageStrings } from '../i18n/usePageStrings.js';
import { ErrorAlert } from './ErrorAlert.js';

/** Renders a page once the strings it loads with its code are there (a loading state until then). */
export function WithPageStrings({
  strings,
  children,
}: {
  strings: PageStrings;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const state = usePageStrings(strings);
  if (state.ready) return children;
  if (state.failed)
    return (
      <ErrorAlert error={new ApiError(0, 'network', t('errors.network'))} onRetry={state.retry} />
    );
  return <PageFallback />;
}
