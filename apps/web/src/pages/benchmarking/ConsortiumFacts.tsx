import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { organisationName } from '../../components/OrganisationName.js';

/** What a consortium shows of itself, to its organiser or to a member. */
interface ConsortiumShown {
  description: string;
  minPeerCities: number;
  memberCount: number;
  /** For a member: who runs it. */
  owner?: { nameZh: string; nameEn: string };
  /** For the organiser: when it was created. */
  createdAt?: string;
}

/**
 * A consortium's description and facts: who runs it (to a member), how many members, the privacy
 * threshold, and when it was created (to its organiser).
 */
export function ConsortiumFacts({
  consortium,
  className = 'cm-bm-facts',
}: {
  consortium: ConsortiumShown;
  className?: string;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const facts: { term: string; value: string }[] = [];
  if (consortium.owner)
    facts.push({
      term: t('consortium.organiser'),
      value: organisationName(consortium.owner, lang),
    });
  facts.push(
    {
      term: t('consortium.members'),
      value: t('consortium.membersValue', { count: consortium.memberCount }),
    },
    {
      term: t('consortium.threshold'),
      value: t('consortium.thresholdValue', { count: consortium.minPeerCities }),
    },
  );
  if (consortium.createdAt)
    facts.push({ term: t('consortium.created'), value: formatDate(consortium.createdAt, lang) });
  return (
    <>
      {consortium.description && <p className="cm-pre-line cm-bm-text">{consortium.description}</p>}
      <dl className={className}>
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
