import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  usePeerComparison,
  type ComparisonQuery,
  type ConsortiumMembershipDetail,
} from '../../api/benchmarking.js';
import { useMaturityModelQuery } from '../../api/model.js';
import type { Organisation } from '../../api/types.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ResultSection } from '../results/sections/ResultSection.js';
import { ComparisonBody } from './ComparisonBody.js';
import {
  isNothingShared,
  queryFromSearch,
  searchFromQuery,
  sharedAssessments,
} from './comparison-logic.js';
import { GroupStatement } from './GroupStatement.js';
import { PeerFilters } from './PeerFilters.js';

/**
 * The comparison of the city with a peer group: the group and cycle chosen (kept in the address
 * bar, so that a comparison can be bookmarked and shared), what the group is, then the charts, the
 * tables behind them and the peers to learn from. Nothing is asked of the server before the city
 * shares a result (give to get).
 */
export function ComparisonSection({
  organisationId,
  detail,
  organisation,
}: {
  organisationId: string;
  detail: ConsortiumMembershipDetail;
  organisation: Organisation | undefined;
}) {
  const { t } = useTranslation('benchmarking');
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromSearch(search), [search]);
  const shared = useMemo(() => sharedAssessments(detail), [detail]);
  const model = useMaturityModelQuery();
  const comparison = usePeerComparison(
    organisationId,
    detail.consortium.id,
    query,
    shared.length > 0,
  );
  const setQuery = (next: ComparisonQuery) => {
    setSearch(searchFromQuery(next), { replace: true, preventScrollReset: true });
  };
  const error = comparison.error ?? model.error;

  return (
    <>
      <ResultSection id="compare" title={t('compare.title')} intro={<p>{t('compare.intro')}</p>}>
        {shared.length === 0 || isNothingShared(comparison.error) ? (
          <Alert type="info" showIcon title={t('compare.shareFirst')} />
        ) : (
          <>
            <PeerFilters
              query={query}
              onChange={setQuery}
              shared={shared}
              values={comparison.data?.filterValues}
              organisation={organisation}
              busy={comparison.isFetching}
            />
            {error ? (
              <ErrorAlert
                error={error}
                title={t('compare.loadFailed')}
                onRetry={() => {
                  void comparison.refetch();
                  void model.refetch();
                }}
              />
            ) : comparison.data ? (
              <GroupStatement
                comparison={comparison.data}
                updating={comparison.isPlaceholderData}
              />
            ) : (
              <PageFallback />
            )}
          </>
        )}
      </ResultSection>
      {!error && comparison.data && model.data && shared.length > 0 && (
        <ComparisonBody comparison={comparison.data} model={model.data.index} />
      )}
    </>
  );
}
