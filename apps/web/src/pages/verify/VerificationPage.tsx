import { ReloadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useVerification } from '../../api/audit.js';
import { useMaturityModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { EvidenceMethodBadge } from '../../components/EvidenceMethodBadge.js';
import { evidenceMethodBadgeOf } from '../../components/evidence-method.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { useAssessment } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { AuditStandingText } from '../audit/AuditStandingText.js';
import '../audit/audit.css';
import { CheckMark } from './CheckMark.js';
import { AnswersCheck, ChainCheck, SnapshotCheck } from './VerificationChecks.js';
import './verify.css';

/**
 * The verification of an assessment for those who may see it: the verdict first (unchanged, or
 * the first broken link in words), then each check explained — the hash chain of its change log,
 * the snapshot taken at submission, the answers replayed from the chain — and the audit.
 */
export default function VerificationPage() {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const { organisationId = '', assessmentId = '' } = useParams();
  const assessment = useAssessment(organisationId, assessmentId);
  const verification = useVerification(organisationId, assessmentId);
  const model = useMaturityModel();
  const title = assessment.data?.title;
  usePageTitle(title ? t('verification.title', { title }) : undefined);
  const back = `/organisations/${organisationId}/assessments/${assessmentId}`;

  const error = assessment.error ?? verification.error;
  if (error)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('verification.heading')}</Typography.Title>
        <ErrorAlert
          error={error}
          onRetry={() => {
            void assessment.refetch();
            void verification.refetch();
          }}
        />
        <Link to={back}>{t('page.back')}</Link>
      </div>
    );
  if (!assessment.data || !verification.data) return <PageFallback />;

  const v = verification.data;
  const submitted = assessment.data.status === 'submitted';
  const badge = model
    ? evidenceMethodBadgeOf(model.pack, {
        method: assessment.data.method,
        audited: v.audit?.status === 'issued',
      })
    : undefined;

  return (
    <div className="cm-page cm-vf-page">
      <div>
        <Link to={back} className="cm-back-link">
          {t('page.back')}
        </Link>
        <Typography.Title level={1}>
          {t('verification.title', { title: assessment.data.title })}
        </Typography.Title>
      </div>
      <section className="cm-section" aria-labelledby="vf-verdict" aria-live="polite">
        <h2 id="vf-verdict" className="cm-visually-hidden">
          {t('verification.verdict')}
        </h2>
        <CheckMark ok={v.ok} large>
          <strong>
            {v.ok
              ? submitted
                ? t('verification.unchanged')
                : t('verification.intact')
              : t('verification.changed')}
          </strong>
          <span>{v.message[lang]}</span>
        </CheckMark>
        <p className="cm-muted">
          {t('verification.checkedAt', { at: formatDateTime(v.checkedAt, lang) })}
        </p>
        <div className="cm-actions">
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={verification.isFetching}
            onClick={() => void verification.refetch()}
          >
            {t('verification.again')}
          </Button>
          {assessment.data.snapshot && (
            <Link to={`/verify/${assessment.data.snapshot.digest}`} className="cm-link-button">
              {t('digest.publicPage')}
            </Link>
          )}
        </div>
        {badge && (
          <div className="cm-vf-badge">
            <h3 className="cm-vf-small-heading">{t('badge.label')}</h3>
            <EvidenceMethodBadge method={badge} />
          </div>
        )}
      </section>
      <ChainCheck chain={v.chain} lang={lang} />
      <SnapshotCheck snapshot={v.snapshot} lang={lang} />
      <AnswersCheck answers={v.answers} lang={lang} />
      <section className="cm-section cm-vf-check" aria-labelledby="vf-audit">
        <Typography.Title level={2} id="vf-audit">
          {t('verification.audit.title')}
        </Typography.Title>
        <p>{t('verification.audit.explain')}</p>
        <AuditStandingText audit={v.audit} lang={lang} />
        {v.audit && (
          <Link to={`${back}/audit`} className="cm-link-button">
            {t('card.open')}
          </Link>
        )}
      </section>
    </div>
  );
}
