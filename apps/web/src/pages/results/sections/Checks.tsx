import type { PlanFlag } from '@citymaturity/core';
import type { AssessmentScore } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { alphaReading, colon, formatAlpha, formatMedian, inBrackets, joinList } from '../format.js';
import { groupName, namedCharacteristic, type CharacteristicRow } from '../rows.js';

const flagOrder: readonly PlanFlag[] = ['target-below-current', 'ambitious-target'];

/** The characteristics whose plan is flagged: a target below the current level, or a rise of more than 2 levels. */
export function PlanChecks({
  flags,
  lang,
}: {
  flags: Record<PlanFlag, CharacteristicRow[]>;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  if (flagOrder.every((f) => flags[f].length === 0)) return <p>{t('plan.none')}</p>;
  return (
    <div className="cm-r-two-columns">
      {flagOrder.map((flag) => (
        <div key={flag} role="group" aria-labelledby={`cm-plan-${flag}`}>
          <h3 id={`cm-plan-${flag}`}>
            {t(`plan.title.${flag}`)}
            {lang === 'zh' ? '' : ' '}
            {inBrackets(String(flags[flag].length), lang)}
          </h3>
          <p className="cm-r-muted">{t(`plan.meaning.${flag}`)}</p>
          {flags[flag].length > 0 && (
            <ul className="cm-r-list">
              {flags[flag].map((r) => (
                <li key={r.id}>
                  <span className="cm-r-strong">
                    {r.id} {r.name}
                  </span>
                  {colon(lang)}
                  {t('plan.levels', {
                    current: formatMedian(r.current, lang),
                    target: formatMedian(r.target, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

/** The characteristics on which two stakeholder groups' medians are 2 levels or more apart. */
export function Divergence({
  score,
  model,
  lang,
}: {
  score: AssessmentScore;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('results');
  return (
    <ul className="cm-r-list">
      {score.divergence.map((flag) => {
        const c = namedCharacteristic(model, flag.characteristic, lang);
        const groups = flag.groups.map(
          (g) => `${groupName(g, lang)} ${formatMedian(flag.medians[g], lang)}`,
        );
        return (
          <li key={`${flag.characteristic}-${flag.measure}`}>
            <span className="cm-r-strong">
              {c.id} {c.name}
            </span>
            {lang === 'zh' ? '' : ' '}
            {t('divergence.detail', {
              measure: t(`divergence.measure.${flag.measure}`),
              spread: formatMedian(flag.spread, lang),
              groups: joinList(groups, lang),
            })}
          </li>
        );
      })}
    </ul>
  );
}

/** Krippendorff's alpha for the current and the target levels, with how to read it. */
export function Agreement({
  score,
  lang,
  expanded = false,
}: {
  score: AssessmentScore;
  lang: TextLanguage;
  /** Writes out how to read alpha (for print) instead of hiding it behind "how to read". */
  expanded?: boolean;
}) {
  const { t } = useTranslation('results');
  const tooFew = score.respondents.total < 2;
  return (
    <>
      <dl className="cm-r-alpha">
        {(['current', 'target'] as const).map((measure) => {
          const value = score.alpha[measure];
          const reading = alphaReading(value);
          return (
            <div key={measure}>
              <dt>{t(`measure.${measure}`)}</dt>
              <dd>
                <span className="cm-r-figure">α = {formatAlpha(value, lang)}</span>
                <span className="cm-r-block">
                  {reading === 'undefined'
                    ? tooFew
                      ? t('agreement.tooFew')
                      : t('agreement.undefined')
                    : t(`agreement.reading.${reading}`)}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {expanded ? (
        <p className="cm-r-note">{t('agreement.rule')}</p>
      ) : (
        <details className="cm-r-how">
          <summary>{t('agreement.how')}</summary>
          <p>{t('agreement.rule')}</p>
        </details>
      )}
    </>
  );
}
