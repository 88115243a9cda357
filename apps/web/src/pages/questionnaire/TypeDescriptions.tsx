import type { CharacteristicType, Level } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../components/lang.js';

/** The characteristic's type (a/b/c) and, on demand, the generic description of each level for that type. */
export function TypeDescriptions({
  type,
  levels,
  lang,
}: {
  type: CharacteristicType;
  levels: readonly Level[];
  lang: Lang;
}) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="cm-q-type">
      <p>
        <strong>{t('type.label', { type: type.id })}</strong> {type.name[lang]}
      </p>
      <details>
        <summary>{t('type.show', { type: type.id })}</summary>
        <dl className="cm-q-type-levels">
          {levels.map((level) => {
            const description = type.descriptions[String(level.level)];
            return (
              <div key={level.level}>
                <dt>{t('levelTitle', { level: level.level, name: level.name[lang] })}</dt>
                <dd>{description?.[lang]}</dd>
              </div>
            );
          })}
        </dl>
      </details>
    </div>
  );
}
