import type { MappedLevel } from '@citymaturity/core';
import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { lightTone } from '../links.js';

/**
 * A level of another model (ISO 18091's red, yellow or green) as a chip: a coloured dot and the
 * level's name in words, so that the colour is never the only cue; dark text on a light tint (AA).
 */
export function LightChip({ light, lang }: { light: MappedLevel | null; lang: TextLanguage }) {
  const { t } = useTranslation('otherModels');
  if (!light) return <span className="cm-om-chip cm-om-chip-none">{t('lights.noLight')}</span>;
  return (
    <span className={`cm-om-chip cm-om-chip-${lightTone(light.id)}`}>
      <span className="cm-om-dot" aria-hidden="true" />
      {light.name[lang]}
    </span>
  );
}
