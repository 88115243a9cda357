import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { prefetchProgrammeStrings, useProgrammeStrings } from './useProgrammeStrings.js';

// The pages import this module: their strings start loading with their code.
prefetchProgrammeStrings();

/** Renders a page of the ISO 37106 workspace once its strings are loaded (a loading state until then). */
export function WithProgrammeStrings({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const strings = useProgrammeStrings();
  if (strings.ready) return children;
  if (strings.failed)
    return (
      <ErrorAlert error={new ApiError(0, 'network', t('errors.network'))} onRetry={strings.retry} />
    );
  return <PageFallback />;
}
