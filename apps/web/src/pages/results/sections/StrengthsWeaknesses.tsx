import type { StandoutCharacteristic } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatMedian, formatShare } from '../format.js';
import { namedCharacteristic } from '../rows.js';

function StandoutList({
  id,
  title,
  items,
  model,
  lang,
}: {
  id: string;
  title: string;
  items: readonly StandoutCharacteristic[];
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  return (
    <div className="cm-r-standout" role="group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p>{t('standouts.none')}</p>
      ) : (
        <ul className="cm-r-list">
          {items.map((item) => {
            const c = namedCharacteristic(model, item.characteristic, lang);
            return (
              <li key={item.characteristic}>
                <span className="cm-r-strong">
                  {c.id} {c.name}
                </span>
                <br />
                <span className="cm-r-muted">
                  {t('standouts.median', { median: formatMedian(item.current, lang) })}
                  {item.agreement !== null &&
                    ` · ${t('standouts.agreement', { share: formatShare(item.agreement, lang) })}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The strengths and weaknesses on the current levels, side by side on wide screens. */
export function StrengthsWeaknesses({
  strengths,
  weaknesses,
  model,
  lang,
}: {
  strengths: readonly StandoutCharacteristic[];
  weaknesses: readonly StandoutCharacteristic[];
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  return (
    <div className="cm-r-two-columns">
      <StandoutList
        id="cm-strengths"
        title={t('standouts.strengths')}
        items={strengths}
        model={model}
        lang={lang}
      />
      <StandoutList
        id="cm-weaknesses"
        title={t('standouts.weaknesses')}
        items={weaknesses}
        model={model}
        lang={lang}
      />
    </div>
  );
}
