import { skipToken, useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import type { Organisation } from '../../api/types.js';
import { organisationName } from '../../components/OrganisationName.js';
import { organisationPath, useMembership } from '../../components/queries.js';
import type { Lang } from '../../components/lang.js';

/** The organisation's name in the language: from the person's membership, else from the API. */
export function useCityName(organisationId: string, lang: Lang): string | undefined {
  const membership = useMembership(organisationId);
  const query = useQuery({
    queryKey: ['organisation', organisationId],
    queryFn: membership ? skipToken : () => get<Organisation>(organisationPath(organisationId)),
    retry: false,
  });
  const organisation = membership?.organisation ?? query.data;
  return organisation ? organisationName(organisation, lang) : undefined;
}
