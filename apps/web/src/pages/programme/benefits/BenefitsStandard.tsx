import { useTranslation } from 'react-i18next';
import { useLang } from '../../../components/lang.js';
import { ComponentEntry } from '../sections/ComponentEntry.js';
import { PackNotes, SourceLine } from '../sections/PackText.js';
import { useProgramme } from '../useProgramme.js';

/**
 * What the standard says: the framework's three aspects (C1–C3) and the six purposes of
 * sustainable cities the map leads to (ISO 37101, as the pack gives them).
 */
export function BenefitsStandard() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const framework = pack.components.filter((c) => c.part === 'C');
  return (
    <>
      <section aria-labelledby="benefits-purposes" className="cm-section">
        <h2 id="benefits-purposes">{t('benefits.purposesTitle')}</h2>
        <p className="cm-pg-text">{t('benefits.purposesIntro')}</p>
        <ul className="cm-plain-list cm-pg-cards">
          {(pack.purposes ?? []).map((purpose) => (
            <li key={purpose.id} className="cm-pg-card">
              <h3>{purpose.name[lang]}</h3>
              <p className="cm-pg-meta">{t('benefits.includes')}</p>
              <ul>
                {purpose.includes.map((item, i) => (
                  <li key={i}>{item[lang]}</li>
                ))}
              </ul>
              {purpose.mmssc_characteristic && (
                <p className="cm-muted">
                  {t('benefits.ratedBy', { id: purpose.mmssc_characteristic })}
                </p>
              )}
              <PackNotes notes={purpose.notes} />
              <SourceLine source={purpose.source} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="benefits-framework" className="cm-section cm-pg-stack">
        <h2 id="benefits-framework">{t('benefits.frameworkTitle')}</h2>
        {framework.map((c) => (
          <ComponentEntry key={c.code} component={c} level={3} />
        ))}
      </section>
    </>
  );
}
