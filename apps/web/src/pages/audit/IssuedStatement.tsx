import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../api/audit.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { AuditSummaryText } from './AuditSummaryText.js';

/** The issued audit statement: who signed it and when, the verdicts counted, the statement itself. */
export function IssuedStatement({ audit, lang }: { audit: Audit; lang: Lang }) {
  const { t } = useTranslation('audit');
  return (
    <section className="cm-section" aria-labelledby="audit-statement-title">
      <Panel className="cm-au-statement">
        <Typography.Title level={2} id="audit-statement-title">
          <SafetyCertificateOutlined aria-hidden /> {t('statement.issuedTitle')}
        </Typography.Title>
        <p>
          {t('statement.issuedBy', {
            name: audit.auditor.name,
            organisation: audit.auditor.organisation || '—',
            at: audit.issuedAt ? formatDateTime(audit.issuedAt, lang) : '',
          })}
        </p>
        <AuditSummaryText summary={audit.summary} total={audit.progress.total} />
        <blockquote className="cm-au-statement-text cm-pre-line">{audit.statement}</blockquote>
        <p className="cm-muted">{t('statement.final')}</p>
      </Panel>
    </section>
  );
}
