import type { Characteristic, Level } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { WorkshopCharacteristic } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { levelsOfMedian } from './workshop-logic.js';

/**
 * What each level of the characteristic means (the pack's criteria, in the interface language),
 * each marked in words where the stakeholders' median or the agreed level lies, now and in two years.
 */
export function LevelList({
  characteristic,
  levels,
  data,
  lang,
}: {
  characteristic: Characteristic;
  levels: readonly Level[];
  data: WorkshopCharacteristic;
  lang: Lang;
}) {
  const { t } = useTranslation('workshop');
  const { consensus } = data;
  const marks = (level: number): string[] => [
    ...(levelsOfMedian(data.current.median).includes(level) ? [t('levels.medianCurrent')] : []),
    ...(levelsOfMedian(data.target.median).includes(level) ? [t('levels.medianTarget')] : []),
    ...(consensus?.agreed && consensus.current === level ? [t('levels.agreedCurrent')] : []),
    ...(consensus?.agreed && consensus.target === level ? [t('levels.agreedTarget')] : []),
  ];
  return (
    <ol className="cm-w-levels">
      {levels.map((level) => {
        const criterion = characteristic.levels[String(level.level)];
        const levelMarks = marks(level.level);
        return (
          <li key={level.level} className="cm-w-level">
            <p className="cm-w-level-head">
              <span className="cm-w-level-title">
                {t('level.title', { level: level.level, name: level.name[lang] })}
              </span>
              {levelMarks.map((mark) => (
                <span key={mark} className="cm-w-mark">
                  {mark}
                </span>
              ))}
            </p>
            {criterion && (
              <p className="cm-w-level-text">
                {criterion.builds_on !== undefined && (
                  <span className="cm-muted">
                    {t('level.buildsOn', { level: criterion.builds_on })}
                    {lang === 'zh' ? '' : ' '}
                  </span>
                )}
                {criterion[lang]}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
