import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import { useSession } from '../api/session.js';
import type {
  AssessmentDetail,
  AssessmentSummary,
  Membership,
  Organisation,
  ResponseData,
} from '../api/types.js';

// Query hooks shared by the pages. Keys: ['organisations'], ['organisation', o],
// ['assessments', o], ['assessment', o, a], ['response', o, a, r].

export const organisationPath = (organisationId: string) =>
  `/api/v1/organisations/${encodeURIComponent(organisationId)}`;
export const assessmentPath = (organisationId: string, assessmentId: string) =>
  `${organisationPath(organisationId)}/assessments/${encodeURIComponent(assessmentId)}`;

/** The signed-in user's memberships, and every organisation for platform administrators. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => get<{ memberships: Membership[]; all: Organisation[] }>('/api/v1/organisations'),
  });
}

/** The membership of the signed-in user in an organisation (role and allowed actions), if any. */
export function useMembership(organisationId: string | undefined): Membership | undefined {
  const session = useSession();
  if (!session.authenticated || !organisationId) return undefined;
  return session.memberships.find((m) => m.organisation.id === organisationId);
}

export function useOrganisation(organisationId: string) {
  return useQuery({
    queryKey: ['organisation', organisationId],
    queryFn: () => get<Organisation>(organisationPath(organisationId)),
  });
}

export function useAssessments(organisationId: string) {
  return useQuery({
    queryKey: ['assessments', organisationId],
    queryFn: () => get<AssessmentSummary[]>(`${organisationPath(organisationId)}/assessments`),
  });
}

export function useAssessment(organisationId: string, assessmentId: string) {
  return useQuery({
    queryKey: ['assessment', organisationId, assessmentId],
    queryFn: () => get<AssessmentDetail>(assessmentPath(organisationId, assessmentId)),
  });
}

export function useResponse(
  organisationId: string,
  assessmentId: string,
  respondentId: string | undefined,
) {
  return useQuery({
    queryKey: ['response', organisationId, assessmentId, respondentId],
    queryFn: () =>
      get<ResponseData>(
        `${assessmentPath(organisationId, assessmentId)}/respondents/${encodeURIComponent(respondentId ?? '')}/response`,
      ),
    enabled: respondentId !== undefined,
    // Answers change here only: never refetch behind the person's back while they answer.
    staleTime: Infinity,
  });
}
