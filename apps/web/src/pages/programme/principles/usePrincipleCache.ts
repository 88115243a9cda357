import { useQueryClient } from '@tanstack/react-query';
import {
  programmeKeys,
  type Principle,
  type PrincipleList,
} from '../../../api/programme-components.js';
import { withPrinciple } from './principles-logic.js';

/**
 * Shows a saved principle at once (the list's counts follow with the refetch) and refetches the
 * principles and the register (whose stakeholders count their agreements).
 */
export function usePrincipleCache(organisationId: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: programmeKeys.principles(organisationId) }),
      client.invalidateQueries({ queryKey: programmeKeys.stakeholders(organisationId) }),
    ]);
  return {
    store: (saved: Principle) => {
      client.setQueryData<PrincipleList>(
        programmeKeys.principles(organisationId),
        (old) => old && { ...old, principles: withPrinciple(old.principles, saved) },
      );
      void refresh();
    },
    refresh,
  };
}
