import type { TrafficLightRow, TrafficLights } from '@citymaturity/core';
import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { formatMedian, joinList } from '../../results/format.js';
import { ResultSection } from '../../results/sections/ResultSection.js';
import { sourceText } from '../links.js';
import { LightChip } from './LightChip.js';

function LevelWithLight({
  level,
  light,
  lang,
}: {
  level: number | null;
  light: TrafficLightRow['currentLight'];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  return (
    <>
      <span className="cm-om-level">
        {level === null ? t('noLevel') : t('level', { level: formatMedian(level, lang) })}
      </span>{' '}
      <LightChip light={light} lang={lang} />
    </>
  );
}

function PurposeCard({
  row,
  modelName,
  lang,
}: {
  row: TrafficLightRow;
  modelName: string;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const headingId = `light-${row.characteristic}`;
  return (
    <li className="cm-om-card">
      <h3 id={headingId} className="cm-om-card-title">
        {row.characteristic} {row.name[lang]}
      </h3>
      <dl className="cm-om-levels">
        <div>
          <dt>{t('lights.now')}</dt>
          <dd>
            <LevelWithLight level={row.current} light={row.currentLight} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{t('lights.planned')}</dt>
          <dd>
            <LevelWithLight level={row.target} light={row.targetLight} lang={lang} />
          </dd>
        </div>
      </dl>
      {row.basis === 'consensus' && <p className="cm-r-note">{t('consensus')}</p>}
      <h4>{t('lights.functions', { model: modelName })}</h4>
      {row.functions.length === 0 ? (
        <p className="cm-r-muted">{t('lights.noFunctions')}</p>
      ) : (
        <ul className="cm-om-functions">
          {row.functions.map((f) => (
            <li key={`${f.table}-${String(f.number)}-${f.name.en}`}>
              <span className="cm-om-function-ref">
                {t('lights.functionRef', { table: f.table, number: f.number })}
              </span>{' '}
              {f.name[lang]}
              {(f.notes ?? []).map((note) => (
                <span key={note.text.en} className="cm-r-note cm-r-block">
                  {note.text[lang]}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The purposes in another model's levels (ISO 18091: red, yellow, green, by ISO/TS 37107 table 4):
 * how the colour is chosen, what each level means, then a card per purpose with its current and
 * planned levels as colours (in words too) and the functions of Annex C to assess in detail.
 */
export function PurposeLights({
  lights,
  documents,
  lang,
}: {
  lights: TrafficLights;
  documents: ReadonlyMap<string, string>;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const { model, levels, rows } = lights;
  const name = model.name[lang];
  const top = levels[levels.length - 1];
  const rule = levels
    .map((l, i) =>
      t(l === top ? 'lights.ruleTop' : i === 0 ? 'lights.ruleFirst' : 'lights.ruleItem', {
        level: l.approximate_level,
        light: l.name[lang],
      }),
    )
    .join(lang === 'zh' ? '；' : '; ');
  return (
    <ResultSection
      id={`lights-${model.id}`}
      title={t('lights.heading', {
        model: name,
        levels: joinList(
          levels.map((l) => l.name[lang]),
          lang,
        ),
      })}
      intro={
        <>
          <p>
            {t('lights.intro', {
              model: name,
              count: model.level_count,
              from: levels[0]?.approximate_level,
              to: top?.approximate_level,
            })}
          </p>
          <p>{t('lights.rule', { rule })}</p>
        </>
      }
    >
      <h3>{t('lights.legend', { model: name })}</h3>
      <dl className="cm-om-legend">
        {levels.map((l) => (
          <div key={l.id}>
            <dt>
              <LightChip light={l} lang={lang} />{' '}
              <span className="cm-r-muted">
                {t(l === top ? 'lights.approximatelyTop' : 'lights.approximately', {
                  level: l.approximate_level,
                })}
              </span>
            </dt>
            <dd>{l.description[lang]}</dd>
          </div>
        ))}
      </dl>
      {model.level_note && (
        <details className="cm-om-details">
          <summary>{t('lights.standardNote')}</summary>
          <p className="cm-r-model-text">{model.level_note[lang]}</p>
          <p className="cm-r-note">
            {t('source', { source: sourceText(model.source, documents, lang) })}
          </p>
        </details>
      )}
      <h3 id={`lights-${model.id}-cards`}>{t('lights.cards')}</h3>
      <ul className="cm-om-cards" aria-labelledby={`lights-${model.id}-cards`}>
        {rows.map((row) => (
          <PurposeCard key={row.characteristic} row={row} modelName={name} lang={lang} />
        ))}
      </ul>
    </ResultSection>
  );
}
