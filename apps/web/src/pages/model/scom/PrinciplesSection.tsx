import type { OperatingModelPack } from '@citymaturity/model';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bi, NoteList, SourceLine, useMatcher } from '../ModelView.js';

/** Implementation principles (Annex A) and key success factors with their checklists (Annex B). */
export function PrinciplesSection({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const match = useMatcher();
  const principles = (pack.implementation_principles ?? []).filter((p) =>
    match([p.id], [p.name, ...p.statements.flatMap((s) => [s.lead, ...s.items])]),
  );
  const factors = (pack.key_success_factors ?? [])
    .map((factor) => {
      const factorHit = match([factor.id, String(factor.number)], [factor.name]);
      const subfactors = factor.subfactors.filter(
        (s) => factorHit || match([s.id], [s.name, ...s.checklist.map((c) => c.text)]),
      );
      return { factor, subfactors };
    })
    .filter((f) => f.subfactors.length > 0);

  return (
    <>
      {principles.length > 0 && (
        <section aria-labelledby="scom-principles" className="cm-m-section">
          <h3 id="scom-principles">{t('scom.sections.principles')}</h3>
          {principles.map((p) => (
            <article key={p.id} id={`scom-${p.id}`} className="cm-m-block">
              <h4>
                <Bi text={p.name} /> <span className="cm-muted">({p.clause})</span>
              </h4>
              {p.statements.map((s, i) => (
                <div key={i}>
                  <Bi text={s.lead} as="p" />
                  <ul>
                    {s.items.map((item, j) => (
                      <Bi key={j} text={item} as="li" />
                    ))}
                  </ul>
                </div>
              ))}
              <NoteList notes={p.notes} />
              <SourceLine source={p.source} />
            </article>
          ))}
        </section>
      )}
      {factors.length > 0 && (
        <section aria-labelledby="scom-factors" className="cm-m-section">
          <h3 id="scom-factors">{t('scom.sections.factors')}</h3>
          <p className="cm-muted">{t('scom.derivedExplained')}</p>
          {factors.map(({ factor, subfactors }) => (
            <article key={factor.id} id={`scom-${factor.id}`} className="cm-m-block">
              <h4>
                {factor.number}. <Bi text={factor.name} />
              </h4>
              {subfactors.map((s) => (
                <div key={s.id} className="cm-m-subfactor">
                  <h5>
                    <Bi text={s.name} />
                  </h5>
                  <ul className="cm-m-checklist">
                    {s.checklist.map((c) => (
                      <li key={c.id}>
                        <Bi text={c.text} />{' '}
                        {c.derived && <Tag color="purple">{t('scom.derived')}</Tag>}
                        <NoteList notes={c.notes} />
                      </li>
                    ))}
                  </ul>
                  <NoteList notes={s.notes} />
                  <SourceLine source={s.source} />
                </div>
              ))}
              <NoteList notes={factor.notes} />
            </article>
          ))}
        </section>
      )}
    </>
  );
}
