import type { OperatingModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Bi, NoteList, SourceLine, useMatcher } from '../ModelView.js';

/** Roadmap phases, stakeholder types and the traditional → smart procurement table. */
export function ProgrammeSections({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const match = useMatcher();
  const phases = (pack.roadmap_phases ?? []).filter((p) =>
    match([p.id, String(p.number)], [p.name, p.focus, ...(p.outputs ?? [])]),
  );
  const stakeholders = (pack.stakeholder_types ?? []).filter((s) =>
    match([s.id], [s.name, s.description, ...s.examples]),
  );
  const procurement = pack.procurement_transformation;
  const rows = (procurement?.rows ?? []).filter((r) =>
    match([String(r.number)], [r.traditional, r.smart, ...(r.smart_items ?? [])]),
  );

  return (
    <>
      {phases.length > 0 && (
        <section aria-labelledby="scom-roadmap" className="cm-m-section">
          <h3 id="scom-roadmap">{t('scom.sections.roadmap')}</h3>
          {phases.map((p) => (
            <article key={p.id} id={`scom-${p.id}`} className="cm-m-block">
              <h4>
                {t('scom.phase', { number: p.number })} · <Bi text={p.name} />
              </h4>
              <Bi text={p.focus} as="p" className="cm-pre-line" />
              {p.outputs && (
                <ul>
                  {p.outputs.map((o, i) => (
                    <Bi key={i} text={o} as="li" className="cm-pre-line" />
                  ))}
                </ul>
              )}
              <NoteList notes={p.notes} />
              <SourceLine source={p.source} />
            </article>
          ))}
        </section>
      )}
      {stakeholders.length > 0 && (
        <section aria-labelledby="scom-stakeholders" className="cm-m-section">
          <h3 id="scom-stakeholders">{t('scom.sections.stakeholders')}</h3>
          {stakeholders.map((s) => (
            <article key={s.id} id={`scom-${s.id}`} className="cm-m-block">
              <h4>
                <Bi text={s.name} />
              </h4>
              <Bi text={s.description} as="p" />
              <p className="cm-m-subheading">{t('scom.examples')}</p>
              <ul>
                {s.examples.map((e, i) => (
                  <Bi key={i} text={e} as="li" />
                ))}
              </ul>
              <NoteList notes={s.notes} />
              <SourceLine source={s.source} />
            </article>
          ))}
        </section>
      )}
      {procurement && rows.length > 0 && (
        <section className="cm-m-section">
          <h3 id="scom-procurement">{t('scom.sections.procurement')}</h3>
          <div
            className="cm-table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="scom-procurement"
          >
            <table className="cm-m-table">
              <thead>
                <tr>
                  <th scope="col">{t('scom.number')}</th>
                  <th scope="col">{t('scom.traditional')}</th>
                  <th scope="col">{t('scom.smart')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    <td>
                      <Bi text={r.traditional} />
                    </td>
                    <td>
                      <Bi text={r.smart} />
                      {r.smart_items && (
                        <ul>
                          {r.smart_items.map((item, i) => (
                            <Bi key={i} text={item} as="li" />
                          ))}
                        </ul>
                      )}
                      <NoteList notes={r.notes} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NoteList notes={procurement.notes} />
          <SourceLine source={procurement.source} />
        </section>
      )}
    </>
  );
}
