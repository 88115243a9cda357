import type { AssessmentScore, LevelStatistics } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { colon, formatMedian, joinList } from '../format.js';
import './consensus.css';

/**
 * The consensus of a facilitated workshop, characteristic by characteristic: the agreed levels
 * (the official result) with the rationale and any dissent, and the individual ratings'
 * distribution and median as its evidence. Strings in the `workshop` namespace.
 */
export function Consensus({
  score,
  model,
  lang,
}: {
  score: AssessmentScore;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('workshop');
  const levelText = (value: number | 'unknown') => {
    if (value === 'unknown') return t('level.unknown');
    const level = model.pack.levels.find((l) => l.level === value);
    return level ? t('level.title', { level: value, name: level.name[lang] }) : String(value);
  };
  /** "Current level: median 3 (level 1: 3, level 3: 1, level 4: 3)": the levels nobody gave left out. */
  const ratings = (measure: 'current' | 'target', statistics: LevelStatistics) => {
    const counts = [
      ...model.levels
        .filter((level) => (statistics.distribution[String(level)] ?? 0) > 0)
        .map((level) =>
          t('results.count', { level, count: statistics.distribution[String(level)] ?? 0 }),
        ),
      ...(statistics.unknown > 0 ? [t('results.unknownCount', { count: statistics.unknown })] : []),
    ];
    return t('results.ratings', {
      measure: t(`measure.${measure}`),
      median: formatMedian(statistics.median, lang),
      counts: counts.length > 0 ? joinList(counts, lang) : t('results.noRatings'),
    });
  };

  return (
    <>
      {score.consensus && (
        <p className="cm-r-strong">
          {t('progress', { agreed: score.consensus.agreed, total: score.consensus.total })}
        </p>
      )}
      <ol className="cm-plain-list cm-r-consensus">
        {model.characteristics.map(({ id, characteristic }) => {
          const result = score.characteristics[id];
          if (!result) return null;
          const agreed = result.consensus;
          return (
            <li key={id}>
              <p className="cm-r-strong">
                {id} {characteristic.name[lang]}
              </p>
              {agreed ? (
                <dl className="cm-r-consensus-facts">
                  <div>
                    <dt>{t('results.agreedCurrent')}</dt>
                    <dd className="cm-r-strong">{levelText(agreed.current)}</dd>
                  </div>
                  <div>
                    <dt>{t('results.agreedTarget')}</dt>
                    <dd className="cm-r-strong">{levelText(agreed.target)}</dd>
                  </div>
                  {agreed.rationale && (
                    <div>
                      <dt>{t('consensus.rationale')}</dt>
                      <dd className="cm-pre-line">{agreed.rationale}</dd>
                    </div>
                  )}
                  {agreed.dissent && (
                    <div>
                      <dt>{t('consensus.dissent')}</dt>
                      <dd className="cm-pre-line">{agreed.dissent}</dd>
                    </div>
                  )}
                </dl>
              ) : (
                <p>{t('results.notAgreed')}</p>
              )}
              <p className="cm-r-muted">
                {t('results.evidence')}
                {colon(lang)}
              </p>
              <ul className="cm-r-muted cm-r-consensus-ratings">
                <li>{ratings('current', result.current)}</li>
                <li>{ratings('target', result.target)}</li>
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
