import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { prefetchBenchmarkingStrings, useBenchmarkingStrings } from './useBenchmarkingStrings.js';

// The pages import this module: their strings start loading with their code.
prefetchBenchmarkingStrings();

/** Renders a benchmarking page once its strings are loaded (a loading state until then). */
export function WithBenchmarkingStrings({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const strings = useBenchmarkingStrings();
  if (strings.ready) return children;
  if (strings.failed)
    return (
      <ErrorAlert error={new ApiError(0, 'network', t('errors.network'))} onRetry={strings.retry} />
    );
  return <PageFallback />;
}
