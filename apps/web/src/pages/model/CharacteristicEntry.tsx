import type { Characteristic, CharacteristicType, Level } from '@citymaturity/model';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bi, Hl, NoteList, SourceLine, useModelView } from './ModelView.js';

/** One characteristic: id, name, type, the criterion of each level, notes and provenance. */
export function CharacteristicEntry({
  characteristic,
  levels,
  type,
}: {
  characteristic: Characteristic;
  levels: readonly Level[];
  type: CharacteristicType | undefined;
}) {
  const { t } = useTranslation('model');
  const { lang } = useModelView();
  return (
    <article className="cm-m-characteristic" id={characteristic.id} tabIndex={-1}>
      <h5 className="cm-m-characteristic-title">
        <a
          href={`#${characteristic.id}`}
          className="cm-m-anchor"
          aria-label={t('linkTo', { id: characteristic.id })}
        >
          #
        </a>{' '}
        <span className="cm-m-id">
          <Hl text={characteristic.id} />
        </span>{' '}
        <Bi text={characteristic.name} />
      </h5>
      <p className="cm-m-type">
        <Tag>{t('mmssc.typeTag', { type: characteristic.type })}</Tag>
        {type && <a href={`#type-${type.id}`}>{type.name[lang]}</a>}
      </p>
      <ol className="cm-m-criteria">
        {levels.map((level) => {
          const criterion = characteristic.levels[String(level.level)];
          if (!criterion) return null;
          return (
            <li key={level.level} className="cm-m-criterion">
              <span className="cm-m-level">
                {t('levelTitle', { level: level.level, name: level.name[lang] })}
              </span>
              <div>
                {criterion.builds_on !== undefined && (
                  <span className="cm-m-builds-on">
                    {t('mmssc.buildsOn', { level: criterion.builds_on })}
                  </span>
                )}
                <Bi text={criterion} as="div" />
                <NoteList notes={criterion.notes} />
              </div>
            </li>
          );
        })}
      </ol>
      <NoteList notes={characteristic.notes} />
      <SourceLine source={characteristic.source} />
    </article>
  );
}
