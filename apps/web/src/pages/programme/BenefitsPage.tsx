import { DownloadOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { benefitsWorkbookHref, useBenefitMap, useKpis } from '../../api/programme-benefits.js';
import { useRoadmap } from '../../api/programme-roadmap.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { BenefitMapSection } from './benefits/BenefitMapSection.js';
import { nodeName } from './benefits/benefit-logic.js';
import { BenefitsStandard } from './benefits/BenefitsStandard.js';
import { KpiSection } from './benefits/KpiSection.js';
import './roadmap/roadmap.css';
import './benefits/benefits.css';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';

/**
 * Benefits realisation (ISO 37106 clause 7): the benefit map (initiatives and investments →
 * outputs → outcomes → the six purposes) drawn and editable by dragging or with the forms beside
 * it, its summary (which purposes each input reaches, what is missing), the KPIs with their
 * trajectories against the actual values (off-track ones flagged), and the standard's framework
 * and purposes. The whole plan downloads as XLSX.
 */
export default function BenefitsPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  const map = useBenefitMap(organisationId);
  const kpis = useKpis(organisationId);
  const roadmap = useRoadmap(organisationId);
  const ready = map.data && kpis.data && roadmap.data;
  const loaded = Boolean(ready);
  const { hash } = useLocation();
  // A link to a node or a KPI (from the roadmap, or within the page): once the data is shown.
  useEffect(() => {
    if (!loaded || !hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [hash, loaded]);

  /** Every node's name (its label, its initiative's title or its purpose's name). */
  const names = useMemo(() => {
    const purposes = new Map((pack.purposes ?? []).map((p) => [p.id, p.name[lang]]));
    return new Map(
      (map.data?.nodes ?? []).map((n) => [n.id, nodeName(n, purposes, t('benefits.unnamed'))]),
    );
  }, [map.data, pack.purposes, lang, t]);

  const failed = [map, kpis, roadmap].find((q) => q.isError);

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('benefits.intro')}</p>
      <AccessNote />
      <div className="cm-actions">
        <a className="cm-link-button" href={benefitsWorkbookHref(organisationId, lang)} download>
          <DownloadOutlined aria-hidden /> {t('benefits.download')}
        </a>
      </div>
      {failed ? (
        <ErrorAlert
          error={failed.error}
          title={t('workspaceEdit.loadFailed')}
          onRetry={() => {
            void map.refetch();
            void kpis.refetch();
            void roadmap.refetch();
          }}
        />
      ) : !ready ? (
        <div role="status">
          <Skeleton active paragraph={{ rows: 8 }} />
          <span className="cm-visually-hidden">{t('benefits.loading')}</span>
        </div>
      ) : (
        <>
          <BenefitMapSection
            map={map.data}
            kpis={kpis.data.kpis}
            roadmap={roadmap.data}
            names={names}
          />
          <KpiSection list={kpis.data} map={map.data} names={names} />
        </>
      )}
      <BenefitsStandard />
    </div>
  );
}
