import { useQueryClient } from '@tanstack/react-query';
import {
  programmeKeys,
  type ComponentTracker,
  type RecommendationProgress,
} from '../../../api/programme-components.js';
import { withRecommendation } from './tracker-logic.js';

/**
 * Shows a saved recommendation at once in every tracker shown (whatever assessment it is read
 * with), then refetches: progress and overdue figures are the server's.
 */
export function useTrackerCache(organisationId: string) {
  const client = useQueryClient();
  const key = programmeKeys.components(organisationId);
  const refresh = () => client.invalidateQueries({ queryKey: key });
  return {
    store: (saved: RecommendationProgress) => {
      client.setQueriesData<ComponentTracker>(
        { queryKey: key },
        (old) => old && withRecommendation(old, saved),
      );
      void refresh();
    },
    refresh,
  };
}
