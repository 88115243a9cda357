import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationPath } from '../components/queries.js';
import type {
  Consortium,
  ConsortiumDetail,
  ConsortiumCreated,
  Consent,
  ConsortiumMembership,
  ConsortiumMembershipDetail,
  ConsentChanged,
  ConsortiaList,
  PeerComparison,
  ComparisonQuery,
} from './benchmarking-types.js';
import { del, get, patch, post, put } from './client.js';

// Benchmarking consortia (see apps/server/src/http/benchmarking-schemas.ts and
// docs/benchmarking.md): consortia an organisation runs, its memberships, what it shares, and the
// comparison of the city with a peer group. Query keys: ['consortia', o], ['consortium', o, c],
// ['consortium-membership', o, c], ['consortium-comparison', o, c, query].

export type {
  ConsortiumSharing,
  PopulationBandId,
  OrganisationKind,
  Consortium,
  ConsortiumMember,
  ConsortiumDetail,
  ConsortiumCreated,
  Consent,
  ConsortiumMembership,
  ShareRefusal,
  ShareableAssessment,
  ConsortiumMembershipDetail,
  ConsentChanged,
  ConsortiaList,
  PeerMeasure,
  PeerItem,
  LearnFromPeer,
  CharacteristicPeerItem,
  PeerFilter,
  PeerFilterValues,
  PeerComparison,
  ComparisonQuery,
} from './benchmarking-types.js';

export const consortiaPath = (organisationId: string) =>
  `${organisationPath(organisationId)}/consortia`;
export const consortiumPath = (organisationId: string, consortiumId: string) =>
  `${consortiaPath(organisationId)}/${encodeURIComponent(consortiumId)}`;
export const membershipsPath = (organisationId: string) =>
  `${organisationPath(organisationId)}/consortium-memberships`;
export const membershipPath = (organisationId: string, consortiumId: string) =>
  `${membershipsPath(organisationId)}/${encodeURIComponent(consortiumId)}`;

/** The query string of a comparison (only the parts given, in a fixed order). */
export function comparisonSearch(query: ComparisonQuery): string {
  const params = new URLSearchParams();
  for (const key of ['country', 'region', 'band', 'kind', 'assessment', 'asOf'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The consortia the organisation runs and those it joined (needs `benchmarking.view`). */
export function useConsortia(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: ['consortia', organisationId],
    queryFn: () => get<ConsortiaList>(consortiaPath(organisationId)),
    enabled,
  });
}

/** A consortium the organisation runs, with its members (needs `consortia.manage`). */
export function useConsortium(organisationId: string, consortiumId: string, enabled = true) {
  return useQuery({
    queryKey: ['consortium', organisationId, consortiumId],
    queryFn: () => get<ConsortiumDetail>(consortiumPath(organisationId, consortiumId)),
    enabled,
  });
}

/** The city's membership of a consortium, with its assessments and what is shared. */
export function useConsortiumMembership(organisationId: string, consortiumId: string) {
  return useQuery({
    queryKey: ['consortium-membership', organisationId, consortiumId],
    queryFn: () => get<ConsortiumMembershipDetail>(membershipPath(organisationId, consortiumId)),
  });
}

/** The comparison of the city with a peer group (409 `consortium-nothing-shared` before sharing). */
export function usePeerComparison(
  organisationId: string,
  consortiumId: string,
  query: ComparisonQuery,
  enabled = true,
) {
  return useQuery({
    queryKey: ['consortium-comparison', organisationId, consortiumId, query],
    queryFn: () =>
      get<PeerComparison>(
        `${membershipPath(organisationId, consortiumId)}/comparison${comparisonSearch(query)}`,
      ),
    enabled,
    // A new filter keeps the last figures on screen (marked as updating) until the new ones come.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The changes of benchmarking, each followed by reloading what it affects. */
export function useBenchmarkingActions(organisationId: string) {
  const client = useQueryClient();
  const refresh = (consortiumId?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['consortia', organisationId] }),
      ...(consortiumId
        ? [
            client.invalidateQueries({ queryKey: ['consortium', organisationId, consortiumId] }),
            client.invalidateQueries({
              queryKey: ['consortium-membership', organisationId, consortiumId],
            }),
            client.invalidateQueries({
              queryKey: ['consortium-comparison', organisationId, consortiumId],
            }),
          ]
        : []),
    ]);
  return {
    async create(input: {
      nameZh: string;
      nameEn: string;
      description: string;
      minPeerCities: number;
    }) {
      const created = await post<ConsortiumCreated>(consortiaPath(organisationId), input);
      await refresh();
      return created;
    },
    async update(
      consortiumId: string,
      input: Partial<Pick<Consortium, 'nameZh' | 'nameEn' | 'description' | 'minPeerCities'>>,
    ) {
      const updated = await patch<Consortium>(consortiumPath(organisationId, consortiumId), input);
      await refresh(consortiumId);
      return updated;
    },
    async close(consortiumId: string) {
      await del(consortiumPath(organisationId, consortiumId));
      client.removeQueries({ queryKey: ['consortium', organisationId, consortiumId] });
      await refresh();
    },
    async newJoinCode(consortiumId: string) {
      return post<{ joinCode: string }>(
        `${consortiumPath(organisationId, consortiumId)}/join-code`,
      );
    },
    async removeMember(consortiumId: string, memberId: string) {
      await del(
        `${consortiumPath(organisationId, consortiumId)}/members/${encodeURIComponent(memberId)}`,
      );
      await refresh(consortiumId);
    },
    async join(input: Consent & { code: string }) {
      const joined = await post<ConsortiumMembership>(membershipsPath(organisationId), input);
      await refresh(joined.consortium.id);
      return joined;
    },
    async changeConsent(consortiumId: string, consent: Consent) {
      const changed = await patch<ConsentChanged>(
        membershipPath(organisationId, consortiumId),
        consent,
      );
      await refresh(consortiumId);
      return changed;
    },
    async leave(consortiumId: string) {
      await del(membershipPath(organisationId, consortiumId));
      client.removeQueries({ queryKey: ['consortium-membership', organisationId, consortiumId] });
      client.removeQueries({ queryKey: ['consortium-comparison', organisationId, consortiumId] });
      await refresh();
    },
    async share(consortiumId: string, assessmentId: string) {
      await put(
        `${membershipPath(organisationId, consortiumId)}/shares/${encodeURIComponent(assessmentId)}`,
        {},
      );
      await refresh(consortiumId);
    },
    async withdraw(consortiumId: string, assessmentId: string) {
      await del(
        `${membershipPath(organisationId, consortiumId)}/shares/${encodeURIComponent(assessmentId)}`,
      );
      await refresh(consortiumId);
    },
  };
}
