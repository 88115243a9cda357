import { CheckOutlined } from '@ant-design/icons';
import type { Level } from '@citymaturity/model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedLevel } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { levelsOfMedian } from './workshop-logic.js';

/**
 * The agreed level of one measure, chosen like an answer of the questionnaire: a native radio
 * group (arrow keys move the choice, Tab leaves it), one card per level with its name, plus "don't
 * know"; the level(s) of the stakeholders' median are marked in words as a reminder, and the
 * chosen card shows a tick and the word "chosen" (never colour alone). The criteria are on the
 * projector view above, so the cards stay short.
 */
export function AgreedLevelChoice({
  name,
  labelId,
  levels,
  lang,
  median,
  value,
  disabled,
  onChange,
}: {
  name: string;
  labelId: string;
  levels: readonly Level[];
  lang: Lang;
  /** The stakeholders' median of this measure (marked on its level). */
  median: number | null;
  value: AgreedLevel | null;
  disabled: boolean;
  onChange: (value: AgreedLevel) => void;
}) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const medianLevels = levelsOfMedian(median);
  const options: { value: AgreedLevel; title: string; median: boolean }[] = [
    ...levels.map((level) => ({
      value: level.level as AgreedLevel,
      title: t('level.title', { level: level.level, name: level.name[lang] }),
      median: medianLevels.includes(level.level),
    })),
    { value: 'unknown', title: t('level.unknown'), median: false },
  ];
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="cm-w-choice">
      {options.map((option) => {
        const checked = value === option.value;
        const optionId = `${id}-${String(option.value)}`;
        return (
          <label
            key={option.value}
            className={`cm-w-choice-card${checked ? ' cm-w-choice-checked' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={checked}
              disabled={disabled}
              aria-labelledby={`${optionId}-title`}
              aria-describedby={option.median ? `${optionId}-median` : undefined}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span id={`${optionId}-title`} className="cm-w-choice-title">
              {option.title}
            </span>
            {option.median && (
              <span id={`${optionId}-median`} className="cm-w-mark">
                {t('editor.stakeholderMedian')}
              </span>
            )}
            {checked && (
              <span className="cm-w-choice-chosen">
                <CheckOutlined aria-hidden /> {t('editor.chosen')}
              </span>
            )}
          </label>
        );
      })}
    </div>
  );
}
