import type { ModelIndex } from '@citymaturity/model';
import { skipToken, useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../../api/client.js';
import { useMaturityModelQuery } from '../../api/model.js';
import { useSession } from '../../api/session.js';
import type { Organisation, Results } from '../../api/types.js';

/** Everything the results and report pages show, once loaded. */
export interface ResultsData {
  results: Results;
  model: ModelIndex;
  /** The organisation (city); undefined while unknown (its name is then left out). */
  organisation: Pick<Organisation, 'nameZh' | 'nameEn'> | undefined;
}

/** The state of loading the results: loading, failed (with the API's error) or ready. */
export type ResultsState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError; retry: () => void }
  | { status: 'ready'; data: ResultsData };

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));

/**
 * Loads the results of an assessment (GET …/results), the maturity model and the organisation
 * (from the session's memberships, else GET /api/v1/organisations/:id).
 */
export function useResults(organisationId: string, assessmentId: string): ResultsState {
  const session = useSession();
  const results = useQuery({
    queryKey: ['results', organisationId, assessmentId],
    queryFn: () =>
      get<Results>(`/api/v1/organisations/${organisationId}/assessments/${assessmentId}/results`),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
  const membership = session.authenticated
    ? session.memberships.find((m) => m.organisation.id === organisationId)
    : undefined;
  // An external auditor is no member: the session's audit grant names the organisation.
  const grant = session.authenticated
    ? session.grants?.find((g) => g.organisation.id === organisationId)
    : undefined;
  const organisation = useQuery({
    queryKey: ['organisation', organisationId],
    queryFn:
      membership || grant
        ? skipToken
        : () => get<Organisation>(`/api/v1/organisations/${organisationId}`),
    retry: false,
  });
  const modelQuery = useMaturityModelQuery();
  const model = modelQuery.data;

  if (results.error) {
    return {
      status: 'error',
      error: asApiError(results.error),
      retry: () => void results.refetch(),
    };
  }
  if (modelQuery.error) {
    return {
      status: 'error',
      error: asApiError(modelQuery.error),
      retry: () => void modelQuery.refetch(),
    };
  }
  if (!results.data || !model) return { status: 'loading' };
  return {
    status: 'ready',
    data: {
      results: results.data,
      model: model.index,
      organisation: membership?.organisation ?? grant?.organisation ?? organisation.data,
    },
  };
}
