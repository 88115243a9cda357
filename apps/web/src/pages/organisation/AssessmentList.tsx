import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMaturityModel } from '../../api/model.js';
import type { AssessmentSummary } from '../../api/types.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { useAssessments } from '../../components/queries.js';
import { StatusTag } from '../../components/StatusTag.js';
import { DataTable } from '../../components/DataTable.js';

/** The organisation's assessments: title, date, method, status and progress. */
export function AssessmentList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const model = useMaturityModel();
  const query = useAssessments(organisationId);

  return (
    <section className="cm-section" id="assessments">
      <Typography.Title level={2} id="assessments-title">
        {t('assessments.title')}
      </Typography.Title>
      {query.isError ? (
        <ErrorAlert
          title={t('assessments.loadFailed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <DataTable<AssessmentSummary>
          labelledBy="assessments-title"
          rowKey={(a) => a.id}
          loading={query.isPending}
          rows={query.data}
          empty={t('assessments.empty')}
          columns={[
            {
              key: 'title',
              rowHeader: true,
              title: t('assessments.columns.title'),
              render: (a) => (
                <Link
                  className="cm-assessment-title"
                  to={`/organisations/${organisationId}/assessments/${a.id}`}
                >
                  {a.title}
                </Link>
              ),
            },
            {
              key: 'date',
              title: t('assessments.columns.date'),
              render: (a) => formatDate(a.date, lang),
            },
            {
              key: 'method',
              title: t('assessments.columns.method'),
              render: (a) => {
                const found = findMethod(model?.pack, a.method);
                return found ? found.method.name[lang] : a.method;
              },
            },
            {
              key: 'status',
              title: t('assessments.columns.status'),
              render: (a) => <StatusTag status={a.status} />,
            },
            {
              key: 'progress',
              title: t('assessments.columns.progress'),
              render: (a) => <ProgressLine progress={a.progress} />,
            },
          ]}
        />
      )}
    </section>
  );
}
