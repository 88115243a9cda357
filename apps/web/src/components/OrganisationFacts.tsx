import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api/types.js';
import { formatNumber } from './format.js';
import { useLang } from './lang.js';

/** Kind, country, region and population of an organisation, on one line. */
export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const facts = [
    t(`kinds.${organisation.kind}`),
    `${t('facts.country')} ${organisation.country}`,
    ...(organisation.region ? [organisation.region] : []),
    ...(organisation.population === null
      ? []
      : [t('facts.populationValue', { value: formatNumber(organisation.population, lang) })]),
  ];
  return <p className="cm-org-facts">{facts.join(' · ')}</p>;
}
