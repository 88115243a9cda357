import { formatKpiValue } from '@citymaturity/charts';
import type { KpiStatus } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { Skeleton, Tag } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  deleteKpi,
  deleteKpiActual,
  kpiConflictCode,
  kpisQueryKey,
  type Kpi,
  type KpiActual,
} from '../../../api/programme-benefits.js';
import { formatDate, todayIsoDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { RowActions } from '../workspace-edit/RowActions.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';
import { kpiChartInput } from './benefit-logic.js';
import { KpiStanding } from './KpiStanding.js';
import { KpiValues } from './KpiValues.js';
import { nodeAnchor } from './MapNodeList.js';

const KpiChart = lazy(() => import('../charts/KpiChart.js'));
const ActualForm = lazy(() => import('./ActualForm.js').then((m) => ({ default: m.ActualForm })));

/** A mark and a colour per status (the status is always written out too). */
const statusLook: Record<KpiStatus, { mark: string; colour: string }> = {
  'off-track': { mark: '✗', colour: 'red' },
  'on-track': { mark: '✓', colour: 'green' },
  achieved: { mark: '★', colour: 'blue' },
  'no-data': { mark: '–', colour: 'default' },
  'no-trajectory': { mark: '?', colour: 'gold' },
};

export function KpiStatusTag({ status }: { status: KpiStatus }) {
  const { t } = useTranslation('programme');
  const look = statusLook[status];
  return (
    <Tag color={look.colour}>
      <span aria-hidden>{look.mark} </span>
      {t(`benefits.status.${status}`)}
    </Tag>
  );
}

/**
 * One KPI: its status in words, the chart of its actual values against its trajectory, how the
 * status follows from the latest value, its facts (indicator, baseline, criterion, owner, the
 * outcome it measures), the plan and the actual values as tables; the programme office records
 * values, edits and deletes it.
 */
export function KpiCard({
  kpi,
  names,
  onEdit,
}: {
  kpi: Kpi;
  names: ReadonlyMap<string, string>;
  onEdit: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const confirmDelete = useConfirmDelete();
  const client = useQueryClient();
  const { organisationId, canManage } = useProgramme();
  const input = useMemo(() => kpiChartInput(kpi, todayIsoDate()), [kpi]);
  const value = (v: number) =>
    kpi.unit ? `${formatKpiValue(v, lang)} ${kpi.unit}` : formatKpiValue(v, lang);
  const id = `kpi-${kpi.id}`;
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: kpisQueryKey(organisationId) }),
      client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) }),
    ]);

  const remove = () => {
    confirmDelete({
      title: t('benefits.deleteKpiTitle', { name: kpi.name }),
      content: t('benefits.deleteKpi'),
      remove: () => deleteKpi(organisationId, kpi.id, kpi.version),
      deleted: t('benefits.kpiDeleted', { name: kpi.name }),
      conflictCode: kpiConflictCode,
      refresh,
    });
  };

  const removeActual = (actual: KpiActual) => {
    confirmDelete({
      title: t('benefits.deleteActualTitle', { date: formatDate(actual.on, lang) }),
      content: t('benefits.deleteActual', { value: value(actual.value) }),
      remove: () => deleteKpiActual(organisationId, kpi.id, actual.on),
      deleted: t('benefits.actualDeleted', { date: formatDate(actual.on, lang) }),
      refresh,
    });
  };

  return (
    <article
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="cm-pg-block cm-bn-kpi"
    >
      <h3 id={`${id}-title`}>
        {kpi.name} <KpiStatusTag status={kpi.status.status} />
      </h3>
      {kpi.baseline || kpi.trajectory.length > 0 || kpi.actuals.length > 0 ? (
        <Suspense
          fallback={
            <div role="status">
              <Skeleton active paragraph={{ rows: 4 }} title={false} />
              <span className="cm-visually-hidden">{t('benefits.chartLoading')}</span>
            </div>
          }
        >
          <KpiChart input={input} lang={lang} />
        </Suspense>
      ) : (
        <p className="cm-muted">{t('benefits.nothingToDraw')}</p>
      )}
      <KpiStanding kpi={kpi} value={value} />
      <dl className="cm-rm-fields">
        <div>
          <dt>{t('benefits.fields.indicator')}</dt>
          <dd>
            {kpi.indicator
              ? `${t(`benefits.schemes.${kpi.indicator.scheme}`)} · ${kpi.indicator.code}`
              : t('workspaceEdit.none')}
          </dd>
        </div>
        <div>
          <dt>{t('benefits.fields.unit')}</dt>
          <dd>{kpi.unit || t('workspaceEdit.none')}</dd>
        </div>
        <div>
          <dt>{t('benefits.fields.direction')}</dt>
          <dd>{t(`benefits.directions.${kpi.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('benefits.fields.owner')}</dt>
          <dd>{kpi.owner || t('workspaceEdit.none')}</dd>
        </div>
        <div>
          <dt>{t('benefits.fields.baseline')}</dt>
          <dd>
            {kpi.baseline
              ? t('benefits.valueOn', {
                  value: value(kpi.baseline.value),
                  date: formatDate(kpi.baseline.on, lang),
                })
              : t('workspaceEdit.none')}
          </dd>
        </div>
        <div>
          <dt>{t('benefits.fields.measures')}</dt>
          <dd>
            {kpi.benefitNodeId ? (
              <a href={`#${nodeAnchor(kpi.benefitNodeId)}`}>
                {names.get(kpi.benefitNodeId) ?? t('benefits.unnamed')}
              </a>
            ) : (
              t('benefits.noOutcome')
            )}
          </dd>
        </div>
        <div className="cm-rm-wide">
          <dt>{t('benefits.fields.successCriterion')}</dt>
          <dd className="cm-pre-line">{kpi.successCriterion || t('workspaceEdit.none')}</dd>
        </div>
      </dl>
      <KpiValues kpi={kpi} value={value} onRemoveActual={removeActual} />
      {canManage && (
        <Suspense fallback={null}>
          <ActualForm kpi={kpi} />
        </Suspense>
      )}
      <ChangedBy by={kpi.updatedBy} at={kpi.updatedAt} />
      {canManage && (
        <RowActions
          name={kpi.name}
          edit={t('benefits.editKpi')}
          remove={t('workspaceEdit.delete')}
          onEdit={onEdit}
          onRemove={remove}
        />
      )}
    </article>
  );
}
