import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  createBenefitNode,
  type BenefitMap,
} from '../../../api/programme-benefits.js';
import type { Roadmap } from '../../../api/programme-roadmap.js';
import { DataTable } from '../../../components/DataTable.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { nextNodePosition } from './benefit-logic.js';

type PurposeRow = BenefitMap['summary']['purposes'][number];

/**
 * What the map reaches: per purpose of the pack, the initiatives and investments from which a
 * chain of arrows leads to it (with one shortest chain and the number of chains); then the gaps:
 * inputs reaching no purpose, outcomes no KPI measures, roadmap initiatives missing from the map
 * (each can be added in one step) and nodes without any arrow.
 */
export function MapSummary({
  map,
  roadmap,
  names,
}: {
  map: BenefitMap;
  roadmap: Roadmap;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { pack, organisationId, canManage } = useProgramme();
  const [adding, setAdding] = useState<string>();
  const summary = map.summary;
  const name = (id: string) => names.get(id) ?? t('benefits.unnamed');
  const purposeName = (id: string) => pack.purposes?.find((p) => p.id === id)?.name[lang] ?? id;
  const titles = new Map(roadmap.initiatives.map((i) => [i.id, i.title]));

  const addInitiative = async (initiativeId: string) => {
    setAdding(initiativeId);
    try {
      await createBenefitNode(organisationId, {
        kind: 'initiative',
        initiativeId,
        ...nextNodePosition(map.nodes, 'initiative'),
      });
      void message.success(t('benefits.nodeAdded', { name: titles.get(initiativeId) ?? '' }));
      await client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });
      await client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] });
    } catch (error) {
      void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setAdding(undefined);
    }
  };

  const gaps: {
    key: string;
    title: string;
    ids: readonly string[];
    names: (id: string) => string;
  }[] = [
    {
      key: 'initiatives',
      title: t('benefits.gaps.initiatives'),
      ids: summary.initiativesReachingNoPurpose,
      names: name,
    },
    {
      key: 'investments',
      title: t('benefits.gaps.investments'),
      ids: summary.investmentsReachingNoPurpose,
      names: name,
    },
    {
      key: 'outcomes',
      title: t('benefits.gaps.outcomes'),
      ids: summary.outcomesWithoutKpi,
      names: name,
    },
    {
      key: 'unlinked',
      title: t('benefits.gaps.unlinked'),
      ids: summary.unlinkedNodes,
      names: name,
    },
  ];
  const missing = summary.roadmapInitiativesNotOnMap;
  const noGaps = missing.length === 0 && gaps.every((g) => g.ids.length === 0);

  return (
    <>
      <h3 id="benefit-purposes-reached">{t('benefits.reachedTitle')}</h3>
      <p className="cm-pg-text">{t('benefits.reachedExplained')}</p>
      <DataTable<PurposeRow>
        labelledBy="benefit-purposes-reached"
        rows={summary.purposes}
        rowKey={(p) => p.purposeId}
        empty={t('benefits.mapEmpty')}
        columns={[
          {
            key: 'purpose',
            rowHeader: true,
            title: t('benefits.columns.purpose'),
            render: (p) => purposeName(p.purposeId),
          },
          {
            key: 'reached',
            title: t('benefits.columns.reachedFrom'),
            render: (p) =>
              p.nodeId === null ? (
                <span className="cm-muted">{t('benefits.purposeNotOnMap')}</span>
              ) : p.reachedFrom.length === 0 ? (
                <span className="cm-bn-gap">{t('benefits.purposeNotReached')}</span>
              ) : (
                <ul className="cm-rm-cell-list">
                  {p.reachedFrom.map((r) => (
                    <li key={r.nodeId}>
                      <strong>{name(r.nodeId)}</strong> ({t(`benefits.kind.${r.kind}`)}) ·{' '}
                      {t('benefits.paths', { count: formatNumber(r.pathCount, lang) })}
                      <br />
                      <span className="cm-muted">
                        {t('benefits.shortestPath', { path: r.path.map(name).join(' → ') })}
                      </span>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <h3>{t('benefits.gapsTitle')}</h3>
      {noGaps ? (
        <p className="cm-pg-text">{t('benefits.noGaps')}</p>
      ) : (
        <ul className="cm-plain-list cm-bn-gaps">
          {missing.length > 0 && (
            <li>
              <strong>{t('benefits.gaps.notOnMap')}</strong>
              <ul>
                {missing.map((id) => (
                  <li key={id}>
                    {titles.get(id) ?? id}{' '}
                    {canManage && (
                      <Button
                        size="small"
                        icon={<PlusOutlined aria-hidden />}
                        loading={adding === id}
                        disabled={adding !== undefined && adding !== id}
                        onClick={() => void addInitiative(id)}
                      >
                        {t('benefits.addToMap')}
                        <span className="cm-visually-hidden">: {titles.get(id) ?? id}</span>
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          )}
          {gaps
            .filter((g) => g.ids.length > 0)
            .map((g) => (
              <li key={g.key}>
                <strong>{g.title}</strong> {g.ids.map(g.names).join(lang === 'zh' ? '、' : ', ')}
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
