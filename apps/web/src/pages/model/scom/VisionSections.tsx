import type { OperatingModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Bi, NoteList, SourceLine, useMatcher } from '../ModelView.js';

/** Governance changes, the purposes of sustainable cities, vision qualities and the operating-model shift. */
export function VisionSections({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const match = useMatcher();
  const changes = (pack.governance_changes ?? []).filter((g) =>
    match([g.id], [g.way_of_working, g.name, g.description]),
  );
  const purposes = (pack.purposes ?? []).filter((p) =>
    match([p.id, p.mmssc_characteristic ?? ''], [p.name, ...p.includes]),
  );
  const vision = pack.vision_qualities;
  const qualities = (vision?.qualities ?? []).filter((q) => match([q.id], [q.name]));
  const shift = (pack.operating_model_shift ?? []).filter((s) =>
    match([s.id], [s.text, ...(s.items ?? [])]),
  );

  return (
    <>
      {changes.length > 0 && (
        <section className="cm-m-section">
          <h3 id="scom-governance">{t('scom.sections.governance')}</h3>
          <div
            className="cm-table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="scom-governance"
          >
            <table className="cm-m-table">
              <thead>
                <tr>
                  <th scope="col">{t('scom.wayOfWorking')}</th>
                  <th scope="col">{t('scom.change')}</th>
                  <th scope="col">{t('scom.description')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((g) => (
                  <tr key={g.id}>
                    <td>
                      <Bi text={g.way_of_working} />
                    </td>
                    <th scope="row">
                      <Bi text={g.name} />
                    </th>
                    <td>
                      <Bi text={g.description} />
                      <NoteList notes={g.notes} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {purposes.length > 0 && (
        <section aria-labelledby="scom-purposes" className="cm-m-section">
          <h3 id="scom-purposes">{t('scom.sections.purposes')}</h3>
          {purposes.map((p) => (
            <article key={p.id} id={`scom-${p.id}`} className="cm-m-block">
              <h4>
                <Bi text={p.name} />
              </h4>
              <ul>
                {p.includes.map((item, i) => (
                  <Bi key={i} text={item} as="li" />
                ))}
              </ul>
              {p.mmssc_characteristic && (
                <p>
                  <a href={`#${p.mmssc_characteristic}`}>
                    {t('scom.ratedBy', { id: p.mmssc_characteristic })}
                  </a>
                </p>
              )}
              <NoteList notes={p.notes} />
              <SourceLine source={p.source} />
            </article>
          ))}
        </section>
      )}
      {vision && qualities.length > 0 && (
        <section aria-labelledby="scom-vision" className="cm-m-section">
          <h3 id="scom-vision">{t('scom.sections.vision')}</h3>
          <ul className="cm-m-qualities">
            {qualities.map((q) => (
              <li key={q.id}>
                <Bi text={q.name} />
                <NoteList notes={q.notes} />
              </li>
            ))}
          </ul>
          {vision.note && <Bi text={vision.note} as="p" className="cm-muted" />}
          <SourceLine source={vision.source} />
        </section>
      )}
      {shift.length > 0 && (
        <section aria-labelledby="scom-shift" className="cm-m-section">
          <h3 id="scom-shift">{t('scom.sections.shift')}</h3>
          <ul>
            {shift.map((s) => (
              <li key={s.id}>
                <Bi text={s.text} />
                {s.items && (
                  <ul>
                    {s.items.map((item, i) => (
                      <Bi key={i} text={item} as="li" />
                    ))}
                  </ul>
                )}
                <NoteList notes={s.notes} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
