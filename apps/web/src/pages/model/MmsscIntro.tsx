import type { MaturityModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { PackAbout } from './PackAbout.js';
import { Bi, Hl, NoteList, SourceLine, useMatcher, useModelView } from './ModelView.js';

/** The levels, the characteristic types with their generic level descriptions, and the evidence methods. */
export function MmsscIntro({ pack }: { pack: MaturityModelPack }) {
  const { t } = useTranslation('model');
  const view = useModelView();
  const match = useMatcher();
  const searching = view.terms.length > 0;
  const levels = pack.levels.filter((l) =>
    match([String(l.level)], [l.name, ...(l.variants ?? [])]),
  );
  const types = pack.characteristic_types.filter((ty) =>
    match([ty.id], [ty.name, ...Object.values(ty.descriptions)]),
  );
  const methods = (pack.evidence_methods ?? []).filter((m) =>
    match([m.id], [m.name, m.description, m.paper_description]),
  );

  return (
    <>
      {!searching && (
        <nav aria-label={t('mmssc.contents')} className="cm-m-toc">
          <ul>
            <li>
              <a href="#mmssc-levels">{t('mmssc.levels')}</a>
            </li>
            <li>
              <a href="#mmssc-types">{t('mmssc.types')}</a>
            </li>
            <li>
              <a href="#mmssc-methods">{t('mmssc.methods')}</a>
            </li>
            {pack.dimensions.map((d) => (
              <li key={d.id}>
                <a href={`#dimension-${d.id}`}>
                  {t('mmssc.dimension', { id: d.id })} · {d.name[view.lang]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!searching && <PackAbout meta={pack.meta} />}
      {levels.length > 0 && (
        <section aria-labelledby="mmssc-levels">
          <h3 id="mmssc-levels">{t('mmssc.levels')}</h3>
          <ul className="cm-m-levels">
            {levels.map((level) => (
              <li key={level.level}>
                <strong>
                  <Hl text={t('levelNumber', { level: level.level })} />
                </strong>{' '}
                <Bi text={level.name} />
                {level.variants && level.variants.length > 0 && (
                  <span className="cm-muted">
                    {' '}
                    ({t('mmssc.variants')}{' '}
                    {level.variants.map((v) => v[view.lang]).join(view.lang === 'zh' ? '、' : ', ')}
                    )
                  </span>
                )}
                <NoteList notes={level.notes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {types.length > 0 && (
        <section aria-labelledby="mmssc-types">
          <h3 id="mmssc-types">{t('mmssc.types')}</h3>
          <p className="cm-muted">{t('mmssc.typesExplained')}</p>
          {types.map((type) => (
            <div key={type.id} id={`type-${type.id}`} className="cm-m-type-block">
              <h4>
                <Hl text={t('mmssc.typeTag', { type: type.id })} /> <Bi text={type.name} />
              </h4>
              <dl className="cm-m-type-levels">
                {pack.levels.map((level) => {
                  const description = type.descriptions[String(level.level)];
                  return description ? (
                    <div key={level.level}>
                      <dt>
                        {t('levelTitle', { level: level.level, name: level.name[view.lang] })}
                      </dt>
                      <Bi text={description} as="dd" />
                    </div>
                  ) : null;
                })}
              </dl>
              <NoteList notes={type.notes} />
              <SourceLine source={type.source} />
            </div>
          ))}
        </section>
      )}
      {methods.length > 0 && (
        <section aria-labelledby="mmssc-methods">
          <h3 id="mmssc-methods">{t('mmssc.methods')}</h3>
          <p className="cm-muted">{t('mmssc.methodsExplained')}</p>
          <ol className="cm-m-methods">
            {methods.map((m) => (
              <li key={m.id}>
                <strong>
                  <Bi text={m.name} />
                </strong>{' '}
                <span className="cm-muted">
                  {t('mmssc.methodRank', {
                    rank: m.rank,
                    cost: t(`relative.${m.relative_cost}`),
                    confidence: t(`relative.${m.relative_confidence}`),
                  })}
                </span>
                <Bi text={m.description} as="p" />
                <NoteList notes={m.notes} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
