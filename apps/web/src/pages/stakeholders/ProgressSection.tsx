import { TableOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStakeholderProgress, type GroupProgress } from '../../api/stakeholders.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { ProgressChart, ProgressLegend } from './ProgressChart.js';
import { countsOf, percentOf, totalsOf, type ProgressCounts } from './progress-summary.js';

/** The totals of every group: invited, completed (with its share), in progress, not opened, closed. */
function Totals({ totals }: { totals: ProgressCounts }) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const items = [
    ['invited', totals.invited, null],
    ['completed', totals.completed, percentOf(totals.completed, totals.invited)],
    ['inProgress', totals.inProgress, null],
    ['notOpened', totals.notOpened, null],
    ['closed', totals.closed, null],
  ] as const;
  return (
    <dl className="cm-sh-totals">
      {items.map(([key, value, percent]) => (
        <div key={key} className="cm-sh-total">
          <dt>{t(`progress.totals.${key}`)}</dt>
          <dd>
            <span className="cm-sh-total-value">{formatNumber(value, lang)}</span>
            {percent !== null && (
              <span className="cm-muted"> {t('progress.percent', { percent })}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who has responded, per stakeholder group: totals, a stacked bar per group, the same as a table. */
export function ProgressSection({
  organisationId,
  assessmentId,
}: {
  organisationId: string;
  assessmentId: string;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const query = useStakeholderProgress(organisationId, assessmentId);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const n = (value: number) => formatNumber(value, lang);
  const groups = query.data?.groups ?? [];

  return (
    <section className="cm-section" id="progress" aria-labelledby="progress-title">
      <Typography.Title level={2} id="progress-title">
        {t('progress.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-sh-prose">
        {t('progress.intro')}
      </Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status">{t('common:loading')}</p>
      ) : groups.length === 0 ? (
        <p className="cm-sh-empty">{t('progress.empty')}</p>
      ) : (
        <>
          <Totals totals={totalsOf(groups)} />
          <figure className="cm-sh-figure">
            <figcaption className="cm-muted">
              {t('progress.chartCaption', { total: query.data.total })}
            </figcaption>
            <ProgressLegend />
            <ProgressChart groups={groups} />
          </figure>
          <Button
            icon={<TableOutlined aria-hidden />}
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => {
              setShowTable((shown) => !shown);
            }}
          >
            {showTable ? t('progress.hideTable') : t('progress.showTable')}
          </Button>
          <div id={tableId} hidden={!showTable} className="cm-sh-table-box">
            {showTable && (
              <>
                <h3 id="progress-table-title" className="cm-visually-hidden">
                  {t('progress.tableTitle')}
                </h3>
                <DataTable<GroupProgress>
                  labelledBy="progress-table-title"
                  rowKey={(g) => g.key}
                  rows={groups}
                  empty={t('progress.empty')}
                  columns={[
                    {
                      key: 'group',
                      rowHeader: true,
                      title: t('progress.columns.group'),
                      render: (g) => g.name[lang],
                    },
                    ...(['invited', 'completed', 'inProgress', 'notOpened', 'closed'] as const).map(
                      (key) => ({
                        key,
                        align: 'right' as const,
                        title: t(`progress.totals.${key}`),
                        render: (g: GroupProgress) => n(countsOf(g)[key]),
                      }),
                    ),
                    {
                      key: 'opened',
                      align: 'right',
                      title: t('progress.columns.opened'),
                      render: (g) => n(g.opened),
                    },
                  ]}
                />
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
