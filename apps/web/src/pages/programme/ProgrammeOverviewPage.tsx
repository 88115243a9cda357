import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../components/lang.js';
import { programmePath, programmeTools } from './tools.js';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';

/**
 * The workspace's overview: what ISO 37106 asks of a programme office, what the tools record and
 * what the member's role allows, the tools (each with what it does), the four parts of the
 * operating model and where the content comes from.
 */
export default function ProgrammeOverviewPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('overview.intro')}</p>
      <p className="cm-pg-text">{t('overview.status')}</p>
      <AccessNote />
      <section aria-labelledby="programme-tools" className="cm-section">
        <h2 id="programme-tools">{t('overview.toolsTitle')}</h2>
        <ul className="cm-plain-list cm-pg-cards">
          {programmeTools.map((tool) => (
            <li key={tool} className="cm-pg-card">
              <h3>
                <Link to={programmePath(organisationId, tool)}>{t(`tools.${tool}.title`)}</Link>
              </h3>
              <p>{t(`tools.${tool}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="programme-parts" className="cm-section">
        <h2 id="programme-parts">{t('overview.partsTitle')}</h2>
        <ul className="cm-plain-list cm-pg-parts">
          {pack.parts.map((part) => (
            <li key={part.code}>
              <span className="cm-pg-code">{part.code}</span>
              <span>
                <strong>{part.name[lang]}</strong>
                <br />
                <span className="cm-muted">
                  {t('overview.part', { code: part.code, clause: part.clause })} ·{' '}
                  {t('overview.components', {
                    count: pack.components.filter((c) => c.part === part.code).length,
                  })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <p className="cm-pg-source">
        {t('overview.pack', {
          title: pack.meta.title[lang],
          version: pack.meta.version,
          translation: pack.meta.translation[lang],
        })}
      </p>
    </div>
  );
}
