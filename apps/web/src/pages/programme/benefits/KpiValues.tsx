import { DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Kpi, KpiActual } from '../../../api/programme-benefits.js';
import { DataTable } from '../../../components/DataTable.js';
import { formatDate, formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';

/**
 * A KPI's plan (the baseline and the milestones) and its actual values (newest first, with who
 * recorded each and its note) as tables; the programme office deletes a value from its row.
 */
export function KpiValues({
  kpi,
  value,
  onRemoveActual,
}: {
  kpi: Kpi;
  value: (v: number) => string;
  onRemoveActual: (actual: KpiActual) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { canManage } = useProgramme();
  const id = `kpi-${kpi.id}`;
  const plan = [
    ...(kpi.baseline ? [{ ...kpi.baseline, kind: 'baseline' as const }] : []),
    ...kpi.trajectory.map((p) => ({ ...p, kind: 'milestone' as const })),
  ];
  return (
    <div className="cm-bn-tables">
      <div>
        <h4 id={`${id}-plan`}>{t('benefits.planTitle')}</h4>
        <DataTable
          labelledBy={`${id}-plan`}
          rows={plan}
          rowKey={(p) => `${p.kind}-${p.on}`}
          empty={t('benefits.noPlan')}
          columns={[
            {
              key: 'on',
              rowHeader: true,
              title: t('benefits.columns.date'),
              render: (p) => formatDate(p.on, lang),
            },
            {
              key: 'kind',
              title: t('benefits.columns.point'),
              render: (p) => t(`benefits.point.${p.kind}`),
            },
            {
              key: 'value',
              align: 'right',
              title: t('benefits.columns.planned'),
              render: (p) => value(p.value),
            },
          ]}
        />
      </div>
      <div>
        <h4 id={`${id}-actuals`}>{t('benefits.actualsTitle')}</h4>
        <DataTable
          labelledBy={`${id}-actuals`}
          rows={[...kpi.actuals].reverse()}
          rowKey={(a) => a.on}
          empty={t('benefits.noActuals')}
          columns={[
            {
              key: 'on',
              rowHeader: true,
              title: t('benefits.columns.date'),
              render: (a) => formatDate(a.on, lang),
            },
            {
              key: 'value',
              align: 'right',
              title: t('benefits.columns.actual'),
              render: (a) => value(a.value),
            },
            {
              key: 'note',
              title: t('benefits.columns.note'),
              render: (a) => (
                <>
                  {a.note && <span className="cm-pre-line">{a.note}</span>}
                  <span className="cm-rm-note">
                    {a.recordedBy
                      ? t('benefits.recordedBy', {
                          name: a.recordedBy.displayName,
                          at: formatDateTime(a.recordedAt, lang),
                        })
                      : formatDateTime(a.recordedAt, lang)}
                  </span>
                </>
              ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('benefits.columns.actions'),
                    render: (a: KpiActual) => (
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => {
                          onRemoveActual(a);
                        }}
                      >
                        {t('workspaceEdit.delete')}
                        <span className="cm-visually-hidden">
                          :{' '}
                          {t('benefits.valueOn', {
                            value: value(a.value),
                            date: formatDate(a.on, lang),
                          })}
                        </span>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </div>
    </div>
  );
}
