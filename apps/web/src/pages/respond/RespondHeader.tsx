import { useTranslation } from 'react-i18next';
import type { InvitedResponse } from '../../api/respond.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { daysLeft } from './respond-logic.js';

/** The organisation (city) of the link, in the interface language. */
export function organisationName(response: InvitedResponse, lang: 'zh' | 'en'): string {
  const { nameZh, nameEn } = response.assessment.organisation;
  return lang === 'zh' ? nameZh : nameEn;
}

/**
 * The top of the invited stakeholder's overview: who invites, to what, the stakeholder's name and
 * group, and how long the link stays valid.
 */
export function RespondHeader({ response }: { response: InvitedResponse }) {
  const { t } = useTranslation('respond');
  const lang = useLang();
  const { assessment, respondent } = response;
  const organisation = organisationName(response, lang);
  const days = daysLeft(response.expiresAt);
  const closed = !response.editable;
  return (
    <header className="cm-respond-header">
      <p className="cm-respond-eyebrow">{t('welcome.eyebrow', { organisation })}</p>
      <h1 className="cm-respond-title">{assessment.title}</h1>
      {!closed && <p className="cm-respond-lead">{t('welcome.intro', { organisation })}</p>}
      <dl className="cm-respond-facts">
        <div>
          <dt>{t('welcome.you')}</dt>
          <dd>{respondent.name}</dd>
        </div>
        <div>
          <dt>{t('welcome.group')}</dt>
          <dd>{respondent.group ? respondent.group.name[lang] : t('welcome.noGroup')}</dd>
        </div>
        <div>
          <dt>{t('welcome.validUntil')}</dt>
          <dd>
            {formatDateTime(response.expiresAt, lang)}
            {!closed && (
              <span className="cm-muted">
                {' '}
                {days > 0 ? t('welcome.daysLeft', { count: days }) : t('welcome.lastDay')}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
