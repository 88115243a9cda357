import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../api/audit.js';

/** The verdicts of an audit counted in words: "32 characteristics: 30 confirmed, 1 adjusted, 1 …". */
export function AuditSummaryText({ summary, total }: { summary: AuditSummary; total?: number }) {
  const { t } = useTranslation('audit');
  const counted = summary.confirmed + summary.adjusted + summary['insufficient-evidence'];
  return (
    <p className="cm-au-summary">
      {t('summary.text', {
        count: total ?? counted,
        confirmed: summary.confirmed,
        adjusted: summary.adjusted,
        insufficient: summary['insufficient-evidence'],
      })}
    </p>
  );
}
