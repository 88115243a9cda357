import { useQueryClient } from '@tanstack/react-query';
import { App, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  conflictingNode,
  updateBenefitNode,
  type BenefitMap,
  type BenefitNode,
  type Kpi,
} from '../../../api/programme-benefits.js';
import type { Roadmap } from '../../../api/programme-roadmap.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { benefitMapInput } from './benefit-logic.js';
import { MapNodeList } from './MapNodeList.js';
import { MapSummary } from './MapSummary.js';

// ECharts comes with the chart, after the page's own code.
const BenefitMapChart = lazy(() => import('../charts/BenefitMapChart.js'));
// The forms (and antd's Form) only for those who may change the map.
const AddNodeForm = lazy(() =>
  import('./AddNodeForm.js').then((m) => ({ default: m.AddNodeForm })),
);
const AddLinkForm = lazy(() =>
  import('./AddLinkForm.js').then((m) => ({ default: m.AddLinkForm })),
);

/** Saves a node's new place from the version on screen; the map shows the stored node after. */
export function useMoveNode(map: BenefitMap) {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const key = useMemo(() => benefitMapQueryKey(organisationId), [organisationId]);
  const put = useCallback(
    (node: BenefitNode) => {
      client.setQueryData<BenefitMap>(
        key,
        (old) => old && { ...old, nodes: old.nodes.map((n) => (n.id === node.id ? node : n)) },
      );
    },
    [client, key],
  );
  return useCallback(
    async (nodeId: string, position: { x: number; y: number }): Promise<boolean> => {
      const node = map.nodes.find((n) => n.id === nodeId);
      if (!node) return false;
      put({ ...node, ...position });
      try {
        put(await updateBenefitNode(organisationId, nodeId, position, node.version));
        return true;
      } catch (error) {
        if (conflictingNode(error) !== undefined)
          void message.warning(t('benefits.movedMeanwhile'));
        else void message.error(errorMessage(error, t('common:errors.unknown')));
        await client.invalidateQueries({ queryKey: key });
        return false;
      }
    },
    [map.nodes, put, organisationId, message, t, client, key],
  );
}

/**
 * The benefit map: the graph (nodes dragged to a new place are saved), how to read it, what it
 * reaches and what is missing, then the same map as lists by column, where the programme office
 * adds nodes and arrows, renames, moves and removes them with the keyboard.
 */
export function BenefitMapSection({
  map,
  kpis,
  roadmap,
  names,
}: {
  map: BenefitMap;
  kpis: readonly Kpi[];
  roadmap: Roadmap;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { canManage } = useProgramme();
  const move = useMoveNode(map);
  const input = useMemo(
    () => benefitMapInput(map, (n) => names.get(n.id) ?? '', canManage),
    [map, names, canManage],
  );
  const onMove = useCallback(
    (nodeId: string, position: { x: number; y: number }) => {
      void move(nodeId, position);
    },
    [move],
  );

  return (
    <section aria-labelledby="benefit-map" className="cm-section cm-pg-stack">
      <h2 id="benefit-map">{t('benefits.mapTitle')}</h2>
      <p className="cm-pg-text">{t('benefits.mapColumns')}</p>
      <details className="cm-pg-notes cm-rm-how">
        <summary>{t('benefits.howToRead')}</summary>
        <p>{t('benefits.mapExplained')}</p>
        <p>{t('benefits.arrowsAllowed')}</p>
        {canManage && <p>{t('benefits.dragExplained')}</p>}
      </details>
      {map.nodes.length === 0 ? (
        <p className="cm-muted">{t('benefits.mapEmpty')}</p>
      ) : (
        <Suspense
          fallback={
            <div role="status">
              <Skeleton active paragraph={{ rows: 6 }} title={false} />
              <span className="cm-visually-hidden">{t('benefits.chartLoading')}</span>
            </div>
          }
        >
          <BenefitMapChart input={input} lang={lang} onMove={canManage ? onMove : undefined} />
        </Suspense>
      )}
      <MapSummary map={map} roadmap={roadmap} names={names} />
      <MapNodeList map={map} kpis={kpis} names={names} />
      {canManage && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
          <div className="cm-bn-forms">
            <AddNodeForm map={map} roadmap={roadmap} />
            <AddLinkForm map={map} names={names} />
          </div>
        </Suspense>
      )}
    </section>
  );
}
