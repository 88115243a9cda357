import type { OtherModelRow, OtherModelTarget } from '@citymaturity/core';
import type { TextLanguage } from '@citymaturity/model';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGap, formatMedian, formatRollup, inBrackets } from '../../results/format.js';
import { ResultSection, ScrollTable } from '../../results/sections/ResultSection.js';
import { howToUseBlocks, sourceText } from '../links.js';

function TargetRows({
  target,
  modelName,
  lang,
}: {
  target: OtherModelTarget;
  modelName: (id: string) => string;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const rollup = target.kind !== 'characteristic';
  const value = rollup ? formatRollup : formatMedian;
  return (
    <>
      <tr className={rollup ? 'cm-r-row-dimension' : undefined}>
        <th scope="row">
          {target.id} {target.name[lang]}{' '}
          <span className="cm-r-muted">{inBrackets(t(`models.kind.${target.kind}`), lang)}</span>
        </th>
        <td className="cm-r-num">{value(target.current, lang)}</td>
        <td className="cm-r-num">{value(target.target, lang)}</td>
        <td className="cm-r-num">{formatGap(target.gap, lang, rollup ? 'rollup' : 'median')}</td>
      </tr>
      {target.characteristics.map((c) => (
        <tr key={c.characteristic}>
          <th scope="row" className="cm-r-indent">
            {c.characteristic} {modelName(c.characteristic)}
          </th>
          <td className="cm-r-num">{formatMedian(c.current, lang)}</td>
          <td className="cm-r-num">{formatMedian(c.target, lang)}</td>
          <td className="cm-r-num">{formatGap(c.gap, lang)}</td>
        </tr>
      ))}
    </>
  );
}

/**
 * Table 4 of ISO/TS 37107 with the city's levels: each other maturity model, what it connects to
 * (in the standard's words and as the city's levels), how to use the two models together and how
 * their levels compare, with the provenance.
 */
export function OtherModelCards({
  rows,
  characteristicName,
  levelCount,
  documents,
  lang,
}: {
  rows: readonly OtherModelRow[];
  characteristicName: (id: string) => string;
  /** The number of levels of this model (MMSSC: 5). */
  levelCount: number;
  documents: ReadonlyMap<string, string>;
  lang: TextLanguage;
}) {
  const { t } = useTranslation(['otherModels', 'results']);
  return (
    <ResultSection id="models" title={t('models.heading')} intro={t('models.intro')}>
      {rows.map(({ model, targets }) => {
        const name = model.name[lang];
        const caption = t('models.targetsCaption', { model: name });
        const hasRollup = targets.some((x) => x.kind !== 'characteristic');
        return (
          <article key={model.id} className="cm-om-model" aria-labelledby={`model-${model.id}`}>
            <h3 id={`model-${model.id}`}>{name}</h3>
            <h4>{t('models.interconnection')}</h4>
            <p className="cm-r-model-text">{model.interconnection[lang]}</p>
            <h4>{t('models.targets')}</h4>
            <ScrollTable label={caption}>
              <table className="cm-r-table cm-om-table">
                <caption className="cm-r-sr-only">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('models.part')}</th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.current')}
                    </th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.target')}
                    </th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.gap')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {targets.map((target) => (
                    <TargetRows
                      key={target.id}
                      target={target}
                      modelName={characteristicName}
                      lang={lang}
                    />
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            {hasRollup && <p className="cm-r-note">{t('models.rollupNote')}</p>}
            <h4>{t('models.howToUse')}</h4>
            {howToUseBlocks(model.how_to_use, lang).map((block, i) => (
              <Fragment key={i}>
                {block.kind === 'paragraph' ? (
                  <p>{block.text}</p>
                ) : (
                  <>
                    <p>{block.lead}</p>
                    <ul className="cm-r-list">
                      {block.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </>
                )}
              </Fragment>
            ))}
            <h4>{t('models.levels')}</h4>
            <p>{t('models.levelCount', { count: model.level_count, ours: levelCount })}</p>
            {model.level_note && <p className="cm-r-model-text">{model.level_note[lang]}</p>}
            <p className="cm-r-note">
              {t('source', { source: sourceText(model.source, documents, lang) })}
            </p>
          </article>
        );
      })}
    </ResultSection>
  );
}
