import { AuditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAudit, useAuditGrant } from '../../api/audit.js';
import type { AssessmentDetail } from '../../api/types.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { AuditorsPanel } from './AuditorsPanel.js';
import { AuditSummaryText } from './AuditSummaryText.js';
import { DigestValue } from './DigestValue.js';
import './audit.css';

/**
 * On the assessment page: the snapshot's digest (with the public verification page), the external
 * audit's status and progress, the ways to the audit and verification pages, and for organisation
 * administrators the auditor (invite, one-time link, end access). Nothing for people who may not
 * see the verification.
 */
export function AuditCard({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const { organisationId, id } = assessment;
  const may = (action: string) => assessment.actions.includes(action);
  const submitted = assessment.status === 'submitted';
  const grant = useAuditGrant(organisationId, id);
  const shown = may('verification.view');
  const audit = useAudit(organisationId, id, shown && submitted);
  if (!shown) return null;
  const base = `/organisations/${organisationId}/assessments/${id}`;
  const auditor = grant !== undefined;
  const data = audit.data;

  return (
    <section className="cm-section" aria-labelledby="audit-card-title">
      <Panel className="cm-au-card">
        <Typography.Title level={2} id="audit-card-title">
          {t('card.title')}
        </Typography.Title>
        {!submitted ? (
          <p>{t('card.draft')}</p>
        ) : (
          <dl className="cm-au-facts">
            <div>
              <dt>{t('card.digest')}</dt>
              <dd>
                {assessment.snapshot ? (
                  <>
                    <DigestValue digest={assessment.snapshot.digest} publicLink />
                    <div className="cm-muted">
                      {t('card.digestExplain', {
                        at: formatDateTime(assessment.snapshot.createdAt, lang),
                      })}
                    </div>
                  </>
                ) : (
                  <span className="cm-muted">{t('card.noSnapshot')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('card.audit')}</dt>
              <dd>
                {audit.isPending ? (
                  t('common:loading')
                ) : audit.isError ? (
                  <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />
                ) : !data ? (
                  t('card.noAudit')
                ) : data.status === 'issued' ? (
                  <>
                    <div>
                      {t('card.issued', {
                        name: data.auditor.name,
                        organisation: data.auditor.organisation || '—',
                        at: data.issuedAt ? formatDateTime(data.issuedAt, lang) : '',
                      })}
                    </div>
                    <AuditSummaryText summary={data.summary} total={data.progress.total} />
                  </>
                ) : (
                  <>
                    <div>
                      {t('card.inProgress', {
                        name: data.auditor.name,
                        organisation: data.auditor.organisation || '—',
                      })}
                    </div>
                    <ProgressLine
                      progress={{ answered: data.progress.recorded, total: data.progress.total }}
                      label={t('progress', {
                        recorded: data.progress.recorded,
                        total: data.progress.total,
                      })}
                    />
                  </>
                )}
              </dd>
            </div>
          </dl>
        )}
        <div className="cm-actions cm-au-gap">
          {submitted && data && (
            <Link
              to={`${base}/audit`}
              className={`cm-link-button${auditor && data.editable ? ' cm-link-button-primary' : ''}`}
            >
              <AuditOutlined aria-hidden />{' '}
              {auditor && data.editable ? t('card.openAuditor') : t('card.open')}
            </Link>
          )}
          <Link to={`${base}/verification`} className="cm-link-button">
            <SafetyCertificateOutlined aria-hidden /> {t('card.verify')}
          </Link>
        </div>
        {submitted && may('auditors.manage') && (
          <AuditorsPanel organisationId={organisationId} assessmentId={id} audit={data} />
        )}
      </Panel>
    </section>
  );
}
