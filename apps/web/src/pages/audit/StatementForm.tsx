import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { auditPath, type Audit } from '../../api/audit.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { AuditSummaryText } from './AuditSummaryText.js';

/**
 * The auditor's last step: the audit statement, issued once every characteristic has a finding.
 * Issuing is final (asked first): the findings and the statement no longer change, and the result's
 * evidence method becomes external audit.
 */
export function StatementForm({
  organisationId,
  assessmentId,
  audit,
}: {
  organisationId: string;
  assessmentId: string;
  audit: Audit;
}) {
  const { t } = useTranslation('audit');
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [statement, setStatement] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const complete = audit.progress.recorded >= audit.progress.total;
  const empty = statement.trim() === '';

  const issue = () => {
    setChecked(true);
    if (!complete || empty) return;
    modal.confirm({
      title: t('statement.confirmTitle'),
      content: t('statement.confirm'),
      okText: t('statement.confirmOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        setError(undefined);
        try {
          const issued = await post<Audit>(`${auditPath(organisationId, assessmentId)}/statement`, {
            statement: statement.trim(),
          });
          client.setQueryData(['audit', organisationId, assessmentId], issued);
          void message.success(t('statement.issued'));
          await Promise.all([
            client.invalidateQueries({ queryKey: ['results', organisationId, assessmentId] }),
            client.invalidateQueries({ queryKey: ['verification', organisationId, assessmentId] }),
          ]);
          window.scrollTo({ top: 0 });
        } catch (e) {
          setError(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  return (
    <section className="cm-section cm-au-statement-form" aria-labelledby="statement-form-title">
      <Typography.Title level={2} id="statement-form-title">
        {t('statement.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('statement.intro')}</Typography.Paragraph>
      <AuditSummaryText summary={audit.summary} total={audit.progress.total} />
      {!complete && (
        <Alert
          type="info"
          showIcon
          role="note"
          title={t('statement.incomplete', {
            recorded: audit.progress.recorded,
            total: audit.progress.total,
          })}
        />
      )}
      <div className="cm-au-field">
        <label htmlFor="audit-statement" className="cm-au-label">
          {t('statement.label')}
        </label>
        <p id="audit-statement-help" className="cm-muted cm-au-help">
          {t('statement.help')}
        </p>
        <Input.TextArea
          id="audit-statement"
          value={statement}
          autoSize={{ minRows: 5, maxRows: 20 }}
          maxLength={20_000}
          aria-describedby={`audit-statement-help${checked && empty ? ' audit-statement-error' : ''}`}
          aria-invalid={checked && empty}
          aria-required
          onChange={(e) => {
            setStatement(e.target.value);
          }}
        />
        {checked && empty && (
          <p id="audit-statement-error" className="cm-au-error" role="alert">
            {t('statement.required')}
          </p>
        )}
      </div>
      {error && <Alert type="error" showIcon role="alert" title={error} className="cm-au-gap" />}
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined aria-hidden />}
        onClick={issue}
        disabled={!complete}
      >
        {t('statement.submit')}
      </Button>
    </section>
  );
}
