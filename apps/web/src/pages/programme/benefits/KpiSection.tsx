import { PlusOutlined } from '@ant-design/icons';
import { kpiStatuses } from '@citymaturity/core';
import { Alert, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitMap, Kpi, KpiList } from '../../../api/programme-benefits.js';
import { formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { offTrack } from './benefit-logic.js';
import { KpiCard, KpiStatusTag } from './KpiCard.js';

const KpiForm = lazy(() => import('./KpiForm.js').then((m) => ({ default: m.KpiForm })));

/** What the KPI form is open for: a new KPI or an existing one. */
export type KpiEditing = { kpi?: Kpi };

/**
 * The KPIs of the benefits realisation plan: how many stand where, the off-track ones named at
 * the top, how a status is decided, and each KPI with its chart of actual values against the
 * trajectory, its figures and its values; the programme office adds and changes them.
 */
export function KpiSection({
  list,
  map,
  names,
}: {
  list: KpiList;
  map: BenefitMap;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { canManage } = useProgramme();
  const [editing, setEditing] = useState<KpiEditing>();
  const late = offTrack(list.kpis);
  const tolerance = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(list.toleranceShare);

  return (
    <section aria-labelledby="benefit-kpis" className="cm-section cm-pg-stack">
      <h2 id="benefit-kpis">{t('benefits.kpiTitle')}</h2>
      <p className="cm-pg-text">{t('benefits.kpiExplained')}</p>
      {list.kpis.length > 0 && (
        <ul className="cm-plain-list cm-rm-counts" aria-label={t('benefits.kpiCounts')}>
          {kpiStatuses.map((status) => (
            <li key={status}>
              <KpiStatusTag status={status} />{' '}
              <strong>{formatNumber(list.counts[status], lang)}</strong>
            </li>
          ))}
        </ul>
      )}
      {late.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('benefits.offTrackTitle', { count: late.length })}
          description={
            <ul className="cm-bn-late">
              {late.map((k) => (
                <li key={k.id}>
                  <a href={`#kpi-${k.id}`}>{k.name}</a>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <details className="cm-pg-notes cm-rm-how">
        <summary>{t('benefits.howToRead')}</summary>
        <p>{t('benefits.expectedExplained')}</p>
        <ul>
          {kpiStatuses.map((status) => (
            <li key={status}>
              <KpiStatusTag status={status} />{' '}
              {t(`benefits.statusExplained.${status}`, { tolerance })}
            </li>
          ))}
        </ul>
      </details>
      {canManage && (
        <div className="cm-actions">
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setEditing({});
            }}
          >
            {t('benefits.addKpi')}
          </Button>
        </div>
      )}
      {list.kpis.length === 0 ? (
        <p className="cm-muted">{t('benefits.noKpis')}</p>
      ) : (
        <ul className="cm-plain-list cm-pg-stack">
          {list.kpis.map((kpi) => (
            <li key={kpi.id}>
              <KpiCard
                kpi={kpi}
                names={names}
                onEdit={() => {
                  setEditing({ kpi });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <Suspense fallback={null}>
          <KpiForm
            kpi={editing.kpi}
            map={map}
            names={names}
            onClose={() => {
              setEditing(undefined);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
