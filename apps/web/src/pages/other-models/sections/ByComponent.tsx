import type { CharacteristicLevels, ComponentLinkRow } from '@citymaturity/core';
import type { ModelIndex, OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { colon, formatMedian, inBrackets, joinList, noValue } from '../../results/format.js';
import { ScrollTable } from '../../results/sections/ResultSection.js';
import { ComponentRef } from './ComponentRef.js';

function characteristicText(model: ModelIndex, c: CharacteristicLevels, lang: TextLanguage) {
  const name = model.characteristicById.get(c.characteristic)?.characteristic.name[lang] ?? '';
  return `${c.characteristic} ${name}`;
}

/**
 * A bar per component: its length the number of linked characteristics (relative to the most
 * linked component), its dark part those below the threshold now, the numbers written beside it.
 * A picture for the eye: the table that follows it gives the same numbers to everyone.
 */
function BelowChart({
  rows,
  threshold,
  scom,
  lang,
}: {
  rows: readonly ComponentLinkRow[];
  threshold: number;
  scom: OperatingModelPack;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const most = Math.max(1, ...rows.map((r) => r.characteristics.length));
  const share = (n: number, of: number) => `${String((n / of) * 100)}%`;
  return (
    <figure className="cm-om-chart">
      <div role="img" aria-label={t('components.byComponent.chartLabel', { threshold })}>
        <ol className="cm-om-bars">
          {rows.map((row) => (
            <li key={row.component}>
              <span className="cm-om-bar-label">
                <span className="cm-om-code">{row.component}</span>{' '}
                {scom.components.find((c) => c.code === row.component)?.name[lang] ?? ''}
              </span>
              <span className="cm-om-bar">
                <span
                  className="cm-om-bar-total"
                  style={{ width: share(row.characteristics.length, most) }}
                >
                  <span
                    className="cm-om-bar-below"
                    style={{ width: share(row.belowThreshold, row.characteristics.length) }}
                  />
                </span>
              </span>
              <span className="cm-om-bar-text">
                {t('components.byComponent.belowCount', {
                  below: row.belowThreshold,
                  total: row.characteristics.length,
                })}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <figcaption className="cm-om-bar-legend">
        <span>
          <span className="cm-om-swatch cm-om-swatch-below" aria-hidden="true" />
          {t('components.byComponent.legendBelow', { threshold })}
        </span>
        <span>
          <span className="cm-om-swatch cm-om-swatch-total" aria-hidden="true" />
          {t('components.byComponent.legendOther')}
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * The inverse view of Annex B: a bar chart of how many characteristics linked to each ISO 37106
 * component are below the threshold level now, then the table: the count, the weakest in words
 * and every linked characteristic with its current level.
 */
export function ByComponent({
  rows,
  model,
  scom,
  threshold,
  lang,
}: {
  rows: readonly ComponentLinkRow[];
  model: ModelIndex;
  scom: OperatingModelPack;
  threshold: number;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const caption = t('components.byComponent.caption', { threshold });
  const level = (value: number | null) => formatMedian(value, lang);
  return (
    <>
      <BelowChart rows={rows} threshold={threshold} scom={scom} lang={lang} />
      <ScrollTable label={caption}>
        <table className="cm-r-table cm-om-table">
          <caption className="cm-r-sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('components.byComponent.component')}</th>
              <th scope="col">{t('components.byComponent.below', { threshold })}</th>
              <th scope="col">{t('components.byComponent.weakest')}</th>
              <th scope="col">{t('components.byComponent.linked')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.component}>
                <th scope="row">
                  <ComponentRef code={row.component} scom={scom} lang={lang} />
                </th>
                <td className="cm-r-num">
                  {t('components.byComponent.belowCount', {
                    below: row.belowThreshold,
                    total: row.characteristics.length,
                  })}
                  {row.unrated > 0 && (
                    <span className="cm-r-note cm-r-block">
                      {t('components.byComponent.unrated', { count: row.unrated })}
                    </span>
                  )}
                </td>
                <td className="cm-om-weakest">
                  {row.weakest.length === 0
                    ? t('components.byComponent.noneRated')
                    : t('components.byComponent.weakestText', {
                        level: level(row.weakest[0]?.current ?? null),
                        list: joinList(
                          row.weakest.map((w) => w.characteristic),
                          lang,
                        ),
                      })}
                </td>
                <td className="cm-om-linked">
                  <ul className="cm-r-plain-list">
                    {row.characteristics.map((c) => {
                      const weakest = row.weakest.some(
                        (w) => w.characteristic === c.characteristic,
                      );
                      return (
                        <li key={c.characteristic} className={weakest ? 'cm-r-strong' : undefined}>
                          {characteristicText(model, c, lang)}
                          {colon(lang)}
                          <span className="cm-om-level">
                            {c.current === null ? noValue : level(c.current)}
                          </span>
                          {weakest &&
                            `${lang === 'zh' ? '' : ' '}${inBrackets(t('components.byComponent.weakestMark'), lang)}`}
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
