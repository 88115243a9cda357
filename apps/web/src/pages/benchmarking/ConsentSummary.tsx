import { useTranslation } from 'react-i18next';
import type { Consent } from '../../api/benchmarking.js';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';

/**
 * What the city agreed to, in words: what it shares, whether it is named, who peers may contact.
 * With `heading` (under a consortium's h3) it has its own h4; else the caller's heading names it.
 */
export function ConsentSummary({
  consent,
  joinedAt,
  heading = true,
}: {
  consent: Consent;
  joinedAt: string;
  heading?: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const since = t('consent.summaryTitle', { date: formatDate(joinedAt, lang) });
  return (
    <div className="cm-bm-consent">
      {heading ? <h4 className="cm-bm-small-heading">{since}</h4> : <p>{since}</p>}
      <ul className="cm-bm-list">
        <li>{t(`consent.sharing.${consent.sharing}.summary`)}</li>
        <li>{consent.named ? t('consent.named.yes') : t('consent.named.no')}</li>
        <li>
          {consent.contactable
            ? t('consent.contactable.yes', {
                name: consent.contactName ?? '',
                email: consent.contactEmail ?? '',
              })
            : t('consent.contactable.no')}
        </li>
      </ul>
    </div>
  );
}
