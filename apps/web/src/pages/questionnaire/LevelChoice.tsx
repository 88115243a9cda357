import { CheckOutlined } from '@ant-design/icons';
import type { Characteristic, Level } from '@citymaturity/model';
import { Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types.js';
import type { Lang } from '../../components/lang.js';

/**
 * One question answered by choosing a criterion: a native radio group (arrow keys move the
 * choice, Tab leaves the group), each option a card with the level, its name and the pack's full
 * criterion, plus "don't know". The chosen card shows a filled radio, a tick and the word
 * "chosen" (never the colour alone).
 */
export function LevelChoice({
  name,
  labelId,
  characteristic,
  levels,
  lang,
  value,
  disabled,
  onChange,
}: {
  /** The radio group's name (unique on the page). */
  name: string;
  /** Id of the element naming the question. */
  labelId: string;
  characteristic: Characteristic;
  levels: readonly Level[];
  lang: Lang;
  value: Answer;
  disabled: boolean;
  onChange: (value: Answer) => void;
}) {
  const { t } = useTranslation('questionnaire');
  const id = useId();
  const options: {
    value: Exclude<Answer, null>;
    title: string;
    text?: string;
    buildsOn?: number;
  }[] = [
    ...levels.map((level) => {
      const criterion = characteristic.levels[String(level.level)];
      return {
        value: level.level as 1 | 2 | 3 | 4 | 5,
        title: t('levelTitle', { level: level.level, name: level.name[lang] }),
        ...(criterion ? { text: criterion[lang] } : {}),
        ...(criterion?.builds_on ? { buildsOn: criterion.builds_on } : {}),
      };
    }),
    { value: 'unknown', title: t('unknown'), text: t('unknownExplained') },
  ];

  return (
    <div>
      <div role="radiogroup" aria-labelledby={labelId} className="cm-level-choice">
        {options.map((option) => {
          const checked = value === option.value;
          const optionId = `${id}-${String(option.value)}`;
          return (
            <label
              key={option.value}
              className={`cm-level-card${checked ? ' cm-level-card-checked' : ''}${option.value === 'unknown' ? ' cm-level-card-unknown' : ''}`}
            >
              <span className="cm-level-card-head">
                <input
                  type="radio"
                  name={name}
                  value={String(option.value)}
                  checked={checked}
                  disabled={disabled}
                  aria-labelledby={`${optionId}-title`}
                  aria-describedby={option.text ? `${optionId}-text` : undefined}
                  onChange={() => {
                    onChange(option.value);
                  }}
                />
                <span id={`${optionId}-title`} className="cm-level-card-title">
                  {option.title}
                </span>
                {checked && (
                  <span className="cm-level-card-chosen">
                    <CheckOutlined aria-hidden /> {t('chosen')}
                  </span>
                )}
              </span>
              {option.text && (
                <span id={`${optionId}-text`} className="cm-level-card-text">
                  {option.buildsOn !== undefined && (
                    <span className="cm-builds-on">
                      {t('buildsOn', { level: option.buildsOn })}{' '}
                    </span>
                  )}
                  {option.text}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {value !== null && !disabled && (
        <Button
          type="link"
          size="small"
          className="cm-clear-answer"
          onClick={() => {
            onChange(null);
          }}
        >
          {t('clearAnswer')}
        </Button>
      )}
    </div>
  );
}
