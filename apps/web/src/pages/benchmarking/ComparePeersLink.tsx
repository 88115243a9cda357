import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConsortia } from '../../api/benchmarking.js';
import { useMembership } from '../../components/queries.js';

/**
 * "Compare with peers" on the results page, when the organisation is a member of a benchmarking
 * consortium: to that membership, or to the benchmarking page when it has joined several.
 */
export function ComparePeersLink({
  organisationId,
  className,
}: {
  organisationId: string;
  className: string;
}) {
  const { t } = useTranslation('benchmarking');
  const canView = useMembership(organisationId)?.actions.includes('benchmarking.view') ?? false;
  const joined = useConsortia(organisationId, canView).data?.joined ?? [];
  if (joined.length === 0) return null;
  const base = `/organisations/${organisationId}/benchmarking`;
  const to = joined.length === 1 ? `${base}/${joined[0]?.consortium.id ?? ''}` : base;
  return (
    <Link className={className} to={to}>
      <TeamOutlined aria-hidden="true" /> {t('links.compare')}
    </Link>
  );
}
