import { Descriptions, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuditOnly } from '../../api/audit.js';
import { useMaturityModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { useAssessment } from '../../components/queries.js';
import { StatusTag } from '../../components/StatusTag.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { AssessmentActions } from './AssessmentActions.js';
import { RespondentList } from './RespondentList.js';
import { StakeholdersCard } from '../stakeholders/StakeholdersCard.js';
import { AssessmentMethodFact } from '../audit/AssessmentMethodFact.js';
import { AuditCard } from '../audit/AuditCard.js';
import { useStakeholderFacts } from '../stakeholders/useStakeholderFacts.js';
import './assessment.css';

// At the end of the page and used now and then: loaded after the page.
const ExchangeCard = lazy(() => import('../exchange/ExchangeCard.js'));

/** An assessment: status, dates, method, progress of each response, and what the person may do next. */
export default function AssessmentPage() {
  const { t } = useTranslation('assessment');
  const lang = useLang();
  const { organisationId = '', assessmentId = '' } = useParams();
  const query = useAssessment(organisationId, assessmentId);
  const model = useMaturityModel();
  const stakeholderFacts = useStakeholderFacts(query.data);
  // An external auditor is no member: the way back is their home page, not the organisation's.
  const auditOnly = useAuditOnly(organisationId, assessmentId);
  usePageTitle(query.data?.title);

  if (query.isPending) return <PageFallback />;
  if (query.isError)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('notFound')}</Typography.Title>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <Link to={`/organisations/${organisationId}`}>{t('backToOrganisation')}</Link>
      </div>
    );

  const assessment = query.data;
  const method = findMethod(model?.pack, assessment.method);
  const items = [
    { key: 'status', label: t('facts.status'), children: <StatusTag status={assessment.status} /> },
    { key: 'date', label: t('facts.date'), children: formatDate(assessment.date, lang) },
    {
      key: 'method',
      label: t('facts.method'),
      children: <AssessmentMethodFact assessment={assessment} />,
    },
    {
      key: 'progress',
      label: t('facts.progress'),
      children: (
        <ProgressLine
          progress={assessment.progress}
          label={t('facts.progressAll', {
            answered: assessment.progress.answered,
            total: assessment.progress.total,
          })}
        />
      ),
    },
    {
      key: 'created',
      label: t('facts.created'),
      children: formatDateTime(assessment.createdAt, lang),
    },
    {
      key: 'updated',
      label: t('facts.updated'),
      children: formatDateTime(assessment.updatedAt, lang),
    },
    ...(assessment.submittedAt
      ? [
          {
            key: 'submitted',
            label: t('facts.submitted'),
            children: formatDateTime(assessment.submittedAt, lang),
          },
        ]
      : []),
    ...stakeholderFacts,
    {
      key: 'model',
      label: t('facts.model'),
      children: `${model?.pack.meta.standard.designation ?? assessment.modelId} · ${t('facts.modelVersion', { version: assessment.modelVersion })}`,
    },
  ];

  return (
    <div className="cm-page">
      <div>
        <Link to={auditOnly ? '/' : `/organisations/${organisationId}`} className="cm-back-link">
          {auditOnly ? t('audit:backHome') : t('backToOrganisation')}
        </Link>
        <Typography.Title level={1}>{assessment.title}</Typography.Title>
      </div>
      <AssessmentActions assessment={assessment} />
      <StakeholdersCard assessment={assessment} />
      <section className="cm-section" aria-labelledby="facts-title">
        <Typography.Title level={2} id="facts-title" className="cm-visually-hidden">
          {t('facts.title')}
        </Typography.Title>
        <Descriptions bordered size="small" column={1} items={items} className="cm-facts" />
        {method && (
          <Typography.Paragraph className="cm-muted cm-method-note">
            {method.method.description[lang]}
          </Typography.Paragraph>
        )}
      </section>
      <AuditCard assessment={assessment} />
      <RespondentList assessment={assessment} />
      <Suspense fallback={null}>
        <ExchangeCard assessment={assessment} />
      </Suspense>
    </div>
  );
}
