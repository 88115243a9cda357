import {
  indexMaturityModel,
  type MaturityModelPack,
  type ModelIndex,
  type OperatingModelPack,
} from '@citymaturity/model';
import { useQuery } from '@tanstack/react-query';
import { get } from './client.js';

/** The MMSSC pack (ISO/TS 37107) with its index (characteristics in order, lookups by id). */
export interface MaturityModel {
  pack: MaturityModelPack;
  index: ModelIndex;
}

/** The query of the MMSSC pack: its data, loading state and error (with `refetch` to retry). */
export function useMaturityModelQuery() {
  return useQuery({
    queryKey: ['model', 'mmssc'],
    queryFn: async (): Promise<MaturityModel> => {
      const pack = await get<MaturityModelPack>('/api/v1/models/mmssc');
      return { pack, index: indexMaturityModel(pack) };
    },
    staleTime: Infinity,
  });
}

/** The MMSSC pack once loaded (pages that show an error use `useMaturityModelQuery`). */
export function useMaturityModel(): MaturityModel | undefined {
  return useMaturityModelQuery().data;
}

/** The query of the ISO 37106 operating model pack. */
export function useOperatingModelQuery() {
  return useQuery({
    queryKey: ['model', 'scom'],
    queryFn: () => get<OperatingModelPack>('/api/v1/models/scom'),
    staleTime: Infinity,
  });
}

/** The ISO 37106 operating model pack once loaded. */
export function useOperatingModel(): OperatingModelPack | undefined {
  return useOperatingModelQuery().data;
}
