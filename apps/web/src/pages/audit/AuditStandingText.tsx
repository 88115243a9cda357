import { useTranslation } from 'react-i18next';
import type { AuditStanding } from '../../api/audit.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { AuditSummaryText } from './AuditSummaryText.js';

/** Whether, when and by whom an assessment was audited, with the verdicts counted once issued. */
export function AuditStandingText({ audit, lang }: { audit: AuditStanding | null; lang: Lang }) {
  const { t } = useTranslation('audit');
  if (!audit) return <p>{t('standing.none')}</p>;
  const who = {
    name: audit.auditor.name,
    organisation: audit.auditor.organisation || '—',
    at: audit.issuedAt ? formatDateTime(audit.issuedAt, lang) : '',
  };
  if (audit.status !== 'issued') return <p>{t('standing.inProgress', who)}</p>;
  return (
    <>
      <p className="cm-au-strong">{t('standing.issued', who)}</p>
      <AuditSummaryText summary={audit.summary} />
    </>
  );
}
