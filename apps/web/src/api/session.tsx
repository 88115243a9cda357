import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { get, setCsrfToken } from './client.js';
import type { SessionInfo } from './types.js';

const SessionContext = createContext<SessionInfo | undefined>(undefined);

export const sessionQueryKey = ['session'] as const;

/** Loads who is signed in (GET /api/v1/session) and keeps the CSRF token for the API client. */
export function SessionProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: ReactNode;
}) {
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: () => get<SessionInfo>('/api/v1/session'),
    staleTime: 60_000,
  });
  useEffect(() => {
    setCsrfToken(query.data?.authenticated ? query.data.csrfToken : undefined);
  }, [query.data]);
  if (!query.data) return <>{fallback}</>;
  if (query.data.authenticated) setCsrfToken(query.data.csrfToken);
  return <SessionContext.Provider value={query.data}>{children}</SessionContext.Provider>;
}

/** The session (inside SessionProvider). */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Re-reads the session (after signing in or out). */
export function useRefreshSession(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: sessionQueryKey });
}
