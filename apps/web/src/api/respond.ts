import { useQuery } from '@tanstack/react-query';
import { ApiError, del, get, post } from './client.js';
import type { AssessmentSummary, Progress, Rating, Results } from './types.js';

// The invited stakeholder's side (no account): everything goes through their personal link,
// `/respond/<token>`. The token is the only credential: it is sent to this server only.

/** What the link opens (GET /api/v1/respond/:token): the assessment and one's own answers. */
export interface InvitedResponse {
  assessment: {
    id: string;
    title: string;
    organisation: { nameZh: string; nameEn: string };
    modelId: string;
    modelVersion: string;
    method: string;
    status: AssessmentSummary['status'];
    revealed: boolean;
    revealedAt: string | null;
  };
  respondent: {
    name: string;
    group: { key: string; name: { zh: string; en: string } } | null;
    completedAt: string | null;
  };
  expiresAt: string;
  /** Whether the answers can still change; when not, why. */
  editable: boolean;
  closedBecause: 'not-draft' | 'revealed' | null;
  progress: Progress;
  ratings: Record<string, Rating>;
}

/** The API address of a link (the token as it came, encoded for the path). */
export const respondApiPath = (token: string) => `/api/v1/respond/${encodeURIComponent(token)}`;

/** The page of a link, and of its questionnaire at a characteristic. */
export const respondPagePath = (token: string) => `/respond/${encodeURIComponent(token)}`;
export const respondQuestionnairePath = (token: string, characteristicId?: string) =>
  `${respondPagePath(token)}/questionnaire${characteristicId ? `/${characteristicId}` : ''}`;

export const invitedResponseKey = (token: string) => ['respond', token] as const;

/** Retried only when the server or the network failed (a dead link stays dead). */
const retryUnlessRefused = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2;

/**
 * The link's assessment and answers. `fresh` (the overview) reads it again on every visit and
 * when the window regains focus, so that a reveal shows; the questionnaire keeps what it has.
 */
export function useInvitedResponse(token: string, { fresh }: { fresh: boolean }) {
  return useQuery({
    queryKey: invitedResponseKey(token),
    queryFn: () => get<InvitedResponse>(respondApiPath(token)),
    retry: retryUnlessRefused,
    staleTime: fresh ? 0 : Infinity,
    refetchOnWindowFocus: fresh,
  });
}

/** The results, once the facilitator has revealed them (409 results-not-revealed before). */
export function useInvitedResults(token: string) {
  return useQuery({
    queryKey: ['respond', token, 'results'],
    queryFn: () => get<Results>(`${respondApiPath(token)}/results`),
    retry: retryUnlessRefused,
    staleTime: Infinity,
  });
}

/** Says the answers are finished (or, `false`, not finished after all). */
export function setFinished(token: string, finished: boolean) {
  const path = `${respondApiPath(token)}/complete`;
  return finished
    ? post<{ completedAt: string | null }>(path)
    : del<{ completedAt: string | null }>(path);
}
