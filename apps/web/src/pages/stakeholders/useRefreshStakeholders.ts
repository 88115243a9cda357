import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Re-fetches what a change to the invitations touches: the list, the progress and the assessment. */
export function useRefreshStakeholders(organisationId: string, assessmentId: string) {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['invitations', organisationId, assessmentId] }),
      client.invalidateQueries({
        queryKey: ['stakeholder-progress', organisationId, assessmentId],
      }),
      client.invalidateQueries({ queryKey: ['assessment', organisationId, assessmentId] }),
      client.invalidateQueries({ queryKey: ['stakeholder-groups', organisationId] }),
    ]);
  }, [client, organisationId, assessmentId]);
}
