import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { programmePages, programmePath } from './tools.js';

/**
 * The workspace's tools as a labelled navigation: a column beside the page on wide screens, a
 * wrapping row of links on phones. Plain links (Tab, Enter); the current one has
 * aria-current="page" and stays focused after it is followed, the navigation staying in place.
 */
export function ProgrammeSubNav({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('programme');
  return (
    <nav aria-label={t('workspace.tools')} className="cm-pg-nav">
      <ul>
        {programmePages.map((page) => (
          <li key={page}>
            <NavLink to={programmePath(organisationId, page)} end>
              {t(`tools.${page}.nav`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
