import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { presentUpdatedBy } from './components-support.js';

// What the benefit-map use cases share: a node as the API shows it.

/** A node of the benefit map as the API shows it, with the KPIs that measure it. */
export function presentBenefitNode(
  row: repositories.BenefitNodeRecord,
  kpiIds: readonly string[] = [],
) {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    description: row.description,
    initiativeId: row.initiativeId,
    initiativeTitle: row.initiativeTitle,
    purposeId: row.purposeId,
    x: row.x,
    y: row.y,
    kpiIds: [...kpiIds],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(row),
  };
}

/** The ids of the KPIs that measure each node of the organisation's map. */
export async function kpisByNode(
  db: Executor,
  scope: OrganisationScope,
): Promise<Map<string, string[]>> {
  const byNode = new Map<string, string[]>();
  for (const kpi of await repositories.listKpis(db, scope))
    if (kpi.benefitNodeId !== null)
      byNode.set(kpi.benefitNodeId, [...(byNode.get(kpi.benefitNodeId) ?? []), kpi.id]);
  return byNode;
}

/** One node as the API shows it, read again after a change (with the KPIs that measure it). */
export async function presentStoredNode(db: Executor, scope: OrganisationScope, nodeId: string) {
  const [row, byNode] = await Promise.all([
    repositories.getBenefitNode(db, scope, nodeId),
    kpisByNode(db, scope),
  ]);
  if (!row) throw new Error('the node just saved is missing');
  return presentBenefitNode(row, byNode.get(nodeId));
}

/**
 * The label a node is shown with: its own, or else the name of the purpose or the title of the
 * roadmap initiative it stands for.
 */
export function nodeDisplayLabel(
  node: Pick<repositories.BenefitNodeRecord, 'label' | 'purposeId' | 'initiativeTitle'>,
  lang: 'zh' | 'en',
  purposes: readonly { id: string; name: { zh: string; en: string } }[],
): string {
  if (node.label !== '') return node.label;
  if (node.purposeId !== null)
    return purposes.find((p) => p.id === node.purposeId)?.name[lang] ?? node.purposeId;
  return node.initiativeTitle ?? '';
}
