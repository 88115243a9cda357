import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DisconnectOutlined,
  EditOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  conflictingNode,
  deleteBenefitLink,
  deleteBenefitNode,
  kpisQueryKey,
  updateBenefitNode,
  type BenefitLink,
  type BenefitMap,
  type BenefitNode,
  type Kpi,
} from '../../../api/programme-benefits.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { neighbourInColumn, nodesByKind, swappedY } from './benefit-logic.js';

const NodeEditForm = lazy(() =>
  import('./NodeEditForm.js').then((m) => ({ default: m.NodeEditForm })),
);

/** The id of a node's entry (links from the roadmap and the KPIs point here). */
export const nodeAnchor = (nodeId: string) => `benefit-node-${nodeId}`;

/**
 * The benefit map as lists, column by column: each node with the arrows leaving it and reaching
 * it and the KPIs that measure it; for the programme office the keyboard's way of changing the
 * map: rename, move up or down its column, remove an arrow, remove the node.
 */
export function MapNodeList({
  map,
  kpis,
  names,
}: {
  map: BenefitMap;
  kpis: readonly Kpi[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const { organisationId, canManage } = useProgramme();
  const [editing, setEditing] = useState<BenefitNode>();
  const [busy, setBusy] = useState(false);
  const name = (id: string) => names.get(id) ?? t('benefits.unnamed');
  const kpiName = new Map(kpis.map((k) => [k.id, k.name]));
  const separator = lang === 'zh' ? '、' : ', ';

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) }),
      client.invalidateQueries({ queryKey: kpisQueryKey(organisationId) }),
    ]);

  /** Runs a change of the map, says what went wrong, and shows the stored map after. */
  const change = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      void message.success(done);
    } catch (error) {
      if (conflictingNode(error) !== undefined)
        void message.warning(t('benefits.changedMeanwhile'));
      else void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      await refresh();
      setBusy(false);
    }
  };

  const move = (node: BenefitNode, direction: 'up' | 'down') => {
    const other = neighbourInColumn(map.nodes, node, direction);
    if (!other) return;
    const y = swappedY(node, other, direction);
    void change(
      async () => {
        await updateBenefitNode(organisationId, node.id, { y: y.node }, node.version);
        if (y.neighbour !== other.y)
          await updateBenefitNode(organisationId, other.id, { y: y.neighbour }, other.version);
      },
      t(direction === 'up' ? 'benefits.movedUp' : 'benefits.movedDown', { name: name(node.id) }),
    );
  };

  const removeLink = (link: BenefitLink) => {
    void change(
      () => deleteBenefitLink(organisationId, link),
      t('benefits.linkRemoved', { from: name(link.fromNodeId), to: name(link.toNodeId) }),
    );
  };

  const removeNode = (node: BenefitNode) => {
    modal.confirm({
      title: t('benefits.deleteNodeTitle', { name: name(node.id) }),
      content:
        node.kind === 'initiative' && node.initiativeId
          ? t('benefits.deleteInitiativeNode')
          : t('benefits.deleteNode'),
      okText: t('workspaceEdit.delete'),
      okButtonProps: { danger: true },
      cancelText: t('workspaceEdit.keep'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: () =>
        change(
          () => deleteBenefitNode(organisationId, node.id, node.version),
          t('benefits.nodeDeleted', { name: name(node.id) }),
        ),
    });
  };

  return (
    <>
      <h3 id="benefit-map-lists">{t('benefits.listsTitle')}</h3>
      <p className="cm-pg-text">{t('benefits.listsIntro')}</p>
      <div className="cm-bn-columns">
        {nodesByKind(map.nodes).map(([kind, nodes]) => (
          <section key={kind} aria-labelledby={`benefit-kind-${kind}`} className="cm-bn-column">
            <h4 id={`benefit-kind-${kind}`}>
              <span className={`cm-bn-shape cm-bn-shape-${kind}`} aria-hidden />
              {t(`benefits.kinds.${kind}`)}
            </h4>
            {nodes.length === 0 ? (
              <p className="cm-muted">{t('workspaceEdit.none')}</p>
            ) : (
              <ul className="cm-plain-list cm-bn-nodes">
                {nodes.map((node, index) => {
                  const out = map.links.filter((l) => l.fromNodeId === node.id);
                  const into = map.links.filter((l) => l.toNodeId === node.id);
                  return (
                    <li key={node.id} id={nodeAnchor(node.id)} tabIndex={-1} className="cm-bn-node">
                      <strong>{name(node.id)}</strong>
                      {node.description && <p className="cm-pre-line">{node.description}</p>}
                      <p>
                        <span className="cm-bn-label">{t('benefits.leadsTo')}</span>{' '}
                        {out.length === 0 && t('workspaceEdit.none')}
                      </p>
                      {out.length > 0 && (
                        <ul className="cm-bn-arrows">
                          {out.map((link) => (
                            <li key={link.toNodeId}>
                              → {name(link.toNodeId)}{' '}
                              {canManage && (
                                <Button
                                  size="small"
                                  type="link"
                                  danger
                                  disabled={busy}
                                  icon={<DisconnectOutlined aria-hidden />}
                                  onClick={() => {
                                    removeLink(link);
                                  }}
                                >
                                  {t('benefits.removeLinkShort')}
                                  <span className="cm-visually-hidden">
                                    :{' '}
                                    {t('benefits.removeLink', {
                                      from: name(node.id),
                                      to: name(link.toNodeId),
                                    })}
                                  </span>
                                </Button>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                      {into.length > 0 && (
                        <p>
                          <span className="cm-bn-label">{t('benefits.comesFrom')}</span>{' '}
                          {into.map((l) => name(l.fromNodeId)).join(separator)}
                        </p>
                      )}
                      {node.kind === 'outcome' && (
                        <p>
                          <span className="cm-bn-label">{t('benefits.measuredBy')}</span>{' '}
                          {node.kpiIds.length === 0 ? (
                            <span className="cm-bn-gap">{t('benefits.noKpi')}</span>
                          ) : (
                            node.kpiIds.map((id, i) => (
                              <span key={id}>
                                {i > 0 && separator}
                                <a href={`#kpi-${id}`}>{kpiName.get(id) ?? id}</a>
                              </span>
                            ))
                          )}
                        </p>
                      )}
                      {canManage && (
                        <div className="cm-actions cm-bn-actions">
                          <Button
                            size="small"
                            icon={<EditOutlined aria-hidden />}
                            onClick={() => {
                              setEditing(node);
                            }}
                          >
                            {t('benefits.editNode')}
                            <span className="cm-visually-hidden">: {name(node.id)}</span>
                          </Button>
                          <Button
                            size="small"
                            icon={<ArrowUpOutlined aria-hidden />}
                            disabled={busy || index === 0}
                            onClick={() => {
                              move(node, 'up');
                            }}
                          >
                            {t('benefits.moveUp')}
                            <span className="cm-visually-hidden">: {name(node.id)}</span>
                          </Button>
                          <Button
                            size="small"
                            icon={<ArrowDownOutlined aria-hidden />}
                            disabled={busy || index === nodes.length - 1}
                            onClick={() => {
                              move(node, 'down');
                            }}
                          >
                            {t('benefits.moveDown')}
                            <span className="cm-visually-hidden">: {name(node.id)}</span>
                          </Button>
                          <Button
                            size="small"
                            danger
                            disabled={busy}
                            icon={<DeleteOutlined aria-hidden />}
                            onClick={() => {
                              removeNode(node);
                            }}
                          >
                            {t('workspaceEdit.delete')}
                            <span className="cm-visually-hidden">: {name(node.id)}</span>
                          </Button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      {editing && (
        <Suspense fallback={null}>
          <NodeEditForm
            node={editing}
            name={name(editing.id)}
            onClose={() => {
              setEditing(undefined);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
