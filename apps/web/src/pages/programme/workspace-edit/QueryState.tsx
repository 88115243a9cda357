import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.js';

/** A tool's data once loaded (`children`); until then a placeholder, or the error with a retry. */
export function QueryState<Data>({
  query,
  failed,
  loading,
  children,
}: {
  query: UseQueryResult<Data, unknown>;
  /** The error's title (default: the workspace's data could not be loaded). */
  failed?: string;
  /** What is loading, for screen readers. */
  loading: string;
  children: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation('programme');
  if (query.isError)
    return (
      <ErrorAlert
        error={query.error}
        title={failed ?? t('workspaceEdit.loadFailed')}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data === undefined)
    return (
      <div role="status">
        <Skeleton active paragraph={{ rows: 8 }} />
        <span className="cm-visually-hidden">{loading}</span>
      </div>
    );
  return children(query.data);
}
