import type { Component, OperatingModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Bi, Hl, NoteList, SourceLine, useMatcher } from '../ModelView.js';

function componentTexts(c: Component) {
  return [
    c.name,
    c.summary,
    ...c.recommendations.flatMap((r) => [r.text, ...(r.items ?? [])]),
    ...(c.notes ?? []).map((n) => n.text),
  ];
}

function ComponentEntry({ component }: { component: Component }) {
  const { t } = useTranslation('model');
  return (
    <article className="cm-m-component" id={`scom-${component.code}`} tabIndex={-1}>
      <h5>
        <span className="cm-m-id">
          <Hl text={component.code} />
        </span>{' '}
        <Bi text={component.name} />
      </h5>
      <p className="cm-muted">
        {t('scom.clause', { clause: component.clause, summary: component.summary_clause })}
      </p>
      <Bi text={component.summary} as="p" />
      <p className="cm-m-subheading">{t('scom.recommendations')}</p>
      <ol className="cm-m-recommendations">
        {component.recommendations.map((r) => (
          <li key={r.id}>
            <span className="cm-m-rec-id">{r.id}</span> <Bi text={r.text} className="cm-pre-line" />
            {r.items && (
              <ul>
                {r.items.map((item, i) => (
                  <Bi key={i} text={item} as="li" className="cm-pre-line" />
                ))}
              </ul>
            )}
            <NoteList notes={r.notes} />
          </li>
        ))}
      </ol>
      {component.related && component.related.length > 0 && (
        <p>
          {t('scom.related')}{' '}
          {component.related.map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              <a href={`#scom-${code}`}>{code}</a>
            </span>
          ))}
        </p>
      )}
      <NoteList notes={component.notes} />
      <SourceLine source={component.source} />
    </article>
  );
}

/** The four parts of the operating model and their components, with every recommendation. */
export function ComponentsSection({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const match = useMatcher();
  const visible = pack.components.filter((c) => match([c.code], componentTexts(c)));
  if (visible.length === 0) return null;
  return (
    <section aria-labelledby="scom-components" className="cm-m-section">
      <h3 id="scom-components">{t('scom.sections.components')}</h3>
      {pack.parts.map((part) => {
        const components = visible.filter((c) => c.part === part.code);
        if (components.length === 0) return null;
        const areas = pack.areas.filter((a) => components.some((c) => c.area === a.id));
        return (
          <section key={part.code} aria-labelledby={`scom-part-${part.code}`}>
            <h4 id={`scom-part-${part.code}`}>
              {t('scom.part', { code: part.code })} · <Bi text={part.name} />
            </h4>
            {areas.length === 0
              ? components.map((c) => <ComponentEntry key={c.code} component={c} />)
              : areas.map((area) => (
                  <div key={area.id} className="cm-m-area">
                    <p className="cm-m-subheading">
                      {t('scom.area')} <Bi text={area.name} />
                      {area.mmssc_dimension && (
                        <>
                          {' '}
                          <a href={`#dimension-${area.mmssc_dimension}`} data-pack="mmssc">
                            {t('scom.mmsscDimension', { id: area.mmssc_dimension })}
                          </a>
                        </>
                      )}
                    </p>
                    {components
                      .filter((c) => c.area === area.id)
                      .map((c) => (
                        <ComponentEntry key={c.code} component={c} />
                      ))}
                  </div>
                ))}
          </section>
        );
      })}
    </section>
  );
}
