import { useQueryClient } from '@tanstack/react-query';
import { post, setCsrfToken } from '../../api/client.js';
import { sessionQueryKey } from '../../api/session.js';
import type { SessionInfo } from '../../api/types.js';

/** Key of the "already sent to the only organisation" mark (see HomePage). */
export const homeRedirectKey = 'citymaturity.homeRedirected';

/** Signs in and makes the new session the app's session at once (no extra round trip). */
export function useSignIn(): (email: string, password: string) => Promise<SessionInfo> {
  const client = useQueryClient();
  return async (email, password) => {
    const session = await post<SessionInfo>('/api/v1/session', { email, password });
    if (session.authenticated) setCsrfToken(session.csrfToken);
    client.setQueryData(sessionQueryKey, session);
    // Other data may belong to the previous user.
    client.removeQueries({
      predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] && q.queryKey[0] !== 'model',
    });
    try {
      sessionStorage.removeItem(homeRedirectKey);
    } catch {
      // Storage may be unavailable (private mode): the redirect is only a convenience.
    }
    return session;
  };
}
