import { indexMaturityModel, type MaturityModelPack, type ModelIndex, type OperatingModelPack } from '@citymaturity/model';
import { useQuery } from '@tanstack/react-query';
import { get } from './client.js';

/** The MMSSC pack (ISO/TS 37107) with its index (characteristics in order, lookups by id). */
export function useMaturityModel(): { pack: MaturityModelPack; index: ModelIndex } | undefined {
  const query = useQuery({
    queryKey: ['model', 'mmssc'],
    queryFn: async () => {
      const pack = await get<MaturityModelPack>('/api/v1/models/mmssc');
      return { pack, index: indexMaturityModel(pack) };
    },
    staleTime: Infinity,
  });
  return query.data;
}

/** The ISO 37106 operating model pack. */
export function useOperatingModel(): OperatingModelPack | undefined {
  return useQuery({ queryKey: ['model', 'scom'], queryFn: () => get<OperatingModelPack>('/api/v1/models/scom'), staleTime: Infinity }).data;
}
