import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import type { PublicVerification } from '../../api/audit.js';
import { ApiError } from '../../api/client.js';
import { EvidenceMethodBadge } from '../../components/EvidenceMethodBadge.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { AuditStandingText } from '../audit/AuditStandingText.js';
import { DigestValue } from '../audit/DigestValue.js';
import { CheckMark } from './CheckMark.js';

/** The answer of the public verification, or why there is none (unknown, malformed, too many requests). */
export function PublicVerificationResult({ query }: { query: UseQueryResult<PublicVerification> }) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  if (query.isPending) return <p role="status">{t('common:loading')}</p>;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        role="alert"
        title={
          notFound ? t('public.notFound') : errorMessage(query.error, t('common:errors.unknown'))
        }
        description={notFound ? t('public.notFoundHelp') : undefined}
      />
    );
  }
  const { organisation, assessment, unchanged, audit } = query.data;
  return (
    <section className="cm-section" aria-labelledby="public-result-title">
      <Panel className="cm-vf-result">
        <Typography.Title level={2} id="public-result-title">
          {t('public.resultTitle')}
        </Typography.Title>
        <CheckMark ok={unchanged} large>
          <strong>{unchanged ? t('public.unchanged') : t('public.changed')}</strong>
          <span>{unchanged ? t('public.unchangedHelp') : t('public.changedHelp')}</span>
        </CheckMark>
        <dl className="cm-au-facts">
          <div>
            <dt>{t('public.organisation')}</dt>
            <dd>
              <OrganisationName organisation={organisation} />
            </dd>
          </div>
          <div>
            <dt>{t('public.assessment')}</dt>
            <dd>{assessment.title}</dd>
          </div>
          <div>
            <dt>{t('badge.label')}</dt>
            <dd>
              <EvidenceMethodBadge method={assessment.evidenceMethod} />
            </dd>
          </div>
          <div>
            <dt>{t('public.submittedAt')}</dt>
            <dd>{formatDateTime(assessment.submittedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('public.digest')}</dt>
            <dd>
              <DigestValue digest={assessment.digest} />
            </dd>
          </div>
          <div>
            <dt>{t('public.audit')}</dt>
            <dd>
              <AuditStandingText audit={audit} lang={lang} />
            </dd>
          </div>
        </dl>
      </Panel>
    </section>
  );
}
