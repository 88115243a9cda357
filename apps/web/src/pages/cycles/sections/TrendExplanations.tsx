import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trendFlags } from '@citymaturity/core';
import type { RatedCount } from '../../../api/cycles.js';
import { ResultSection } from '../../results/sections/ResultSection.js';

/**
 * How every number of the trend is made: what a cycle is, the official level of a characteristic,
 * the roll-ups (over how many characteristics the latest one is taken, and a link to the results
 * page, which explains each figure), the change, the time between cycles, and the flags of a
 * model change.
 */
export function TrendExplanations({
  resultsPath,
  latestOverall,
}: {
  resultsPath: string | undefined;
  /** The characteristics the latest cycle's overall roll-up is taken over. */
  latestOverall: RatedCount | undefined;
}) {
  const { t } = useTranslation('cycles');
  return (
    <ResultSection id="how" title={t('how.heading')}>
      <dl className="cm-cy-how">
        <dt>{t('how.cycleTerm')}</dt>
        <dd>{t('how.cycle')}</dd>
        <dt>{t('how.levelTerm')}</dt>
        <dd>{t('how.level')}</dd>
        <dt>{t('how.rollupTerm')}</dt>
        <dd>
          {t('how.rollup')}{' '}
          {latestOverall &&
            `${t('how.rollupCount', { rated: latestOverall.current, of: latestOverall.of })} `}
          {resultsPath && <Link to={resultsPath}>{t('how.rollupLink')}</Link>}
        </dd>
        <dt>{t('how.changeTerm')}</dt>
        <dd>{t('how.change')}</dd>
        <dt>{t('how.elapsedTerm')}</dt>
        <dd>{t('how.elapsed')}</dd>
        <dt>{t('how.provisionalTerm')}</dt>
        <dd>{t('how.provisional')}</dd>
        <dt>{t('how.flagsTerm')}</dt>
        <dd>
          <p>{t('how.flags')}</p>
          <ul className="cm-r-list">
            {trendFlags.map((flag) => (
              <li key={flag}>
                <span className="cm-cy-flag-mark" aria-hidden="true">
                  {t(`flags.${flag}.mark`)}
                </span>{' '}
                <strong>{t(`flags.${flag}.short`)}</strong>: {t(`flags.${flag}.long`)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </ResultSection>
  );
}
