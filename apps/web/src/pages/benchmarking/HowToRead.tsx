import { useTranslation } from 'react-i18next';
import { ResultSection } from '../results/sections/ResultSection.js';

/** How every figure of the comparison is made, in plain words (docs/benchmarking.md). */
export function HowToRead({ minPeerCities }: { minPeerCities: number }) {
  const { t } = useTranslation('benchmarking');
  const parts = ['values', 'median', 'rank', 'distribution', 'privacy', 'group', 'cycles'] as const;
  return (
    <ResultSection id="how" title={t('how.title')}>
      {parts.map((part) => (
        <details key={part} className="cm-r-how">
          <summary>{t(`how.${part}.title`)}</summary>
          <p>{t(`how.${part}.body`, { count: minPeerCities })}</p>
        </details>
      ))}
    </ResultSection>
  );
}
