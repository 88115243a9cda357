import {
  benefitColumnCentre,
  benefitNodeKinds,
  type BenefitMapInput,
  type BenefitNodeKind,
  type KpiChartInput,
} from '@citymaturity/charts';
import type { BenefitMap, BenefitNode, Kpi, KpiInput } from '../../../api/programme-benefits.js';

/** Vertical distance between nodes placed one under the other. */
export const nodeSpacing = 84;
/** Where the first node of a column is drawn. */
const firstY = 40;

/**
 * A node's name: its label, or for a node standing for a roadmap initiative that initiative's
 * title (as the API gives it), or for a purpose node the purpose's name in the language; `fallback` when none is known.
 */
export function nodeName(
  node: Pick<BenefitNode, 'label' | 'initiativeId' | 'initiativeTitle' | 'purposeId'>,
  purposeNames: ReadonlyMap<string, string>,
  fallback: string,
): string {
  if (node.label) return node.label;
  if (node.initiativeId) return node.initiativeTitle || fallback;
  if (node.purposeId) return purposeNames.get(node.purposeId) ?? node.purposeId;
  return fallback;
}

/** Whether a node was never placed (the API's default position). */
const unplaced = (node: Pick<BenefitNode, 'x' | 'y'>) => node.x === 0 && node.y === 0;

/** The lowest y of the placed nodes of a kind's column, or undefined when it has none. */
function lowestY(nodes: readonly Pick<BenefitNode, 'kind' | 'x' | 'y'>[], kind: BenefitNodeKind) {
  const ys = nodes.filter((n) => n.kind === kind && !unplaced(n)).map((n) => n.y);
  return ys.length > 0 ? Math.max(...ys) : undefined;
}

/** Where a new node of a kind goes: the middle of its column, under the column's lowest node. */
export function nextNodePosition(
  nodes: readonly Pick<BenefitNode, 'kind' | 'x' | 'y'>[],
  kind: BenefitNodeKind,
): { x: number; y: number } {
  const lowest = lowestY(nodes, kind);
  return { x: benefitColumnCentre(kind), y: lowest === undefined ? firstY : lowest + nodeSpacing };
}

/**
 * The map as the chart draws it: every node with its name, nodes never placed put under the
 * placed ones of their column (in the order given), the arrows.
 */
export function benefitMapInput(
  map: Pick<BenefitMap, 'nodes' | 'links'>,
  name: (node: BenefitNode) => string,
  editable: boolean,
): BenefitMapInput {
  const placed: Pick<BenefitNode, 'kind' | 'x' | 'y'>[] = map.nodes.filter((n) => !unplaced(n));
  const nodes = map.nodes.map((node) => {
    if (!unplaced(node))
      return { id: node.id, kind: node.kind, label: name(node), x: node.x, y: node.y };
    const position = nextNodePosition(placed, node.kind);
    placed.push({ kind: node.kind, ...position });
    return { id: node.id, kind: node.kind, label: name(node), ...position };
  });
  return {
    nodes,
    links: map.links.map((l) => ({ from: l.fromNodeId, to: l.toNodeId })),
    editable,
  };
}

/** The nodes grouped by kind in the columns' order, each column top to bottom. */
export function nodesByKind(nodes: readonly BenefitNode[]): [BenefitNodeKind, BenefitNode[]][] {
  return benefitNodeKinds.map((kind) => [
    kind,
    nodes.filter((n) => n.kind === kind).sort((a, b) => a.y - b.y || a.x - b.x),
  ]);
}

/**
 * The nodes an arrow from `from` may lead to: of a kind the map allows after the start's kind, not
 * the start itself, and not already at the end of an arrow from it.
 */
export function allowedTargets(map: BenefitMap, from: BenefitNode): BenefitNode[] {
  const kinds = map.allowedLinks[from.kind] ?? [];
  const existing = new Set(
    map.links.filter((l) => l.fromNodeId === from.id).map((l) => l.toNodeId),
  );
  return map.nodes.filter((n) => n.id !== from.id && kinds.includes(n.kind) && !existing.has(n.id));
}

/**
 * The node a node swaps places with when moved up or down its column (the one just above or
 * below it), or undefined at the column's end.
 */
export function neighbourInColumn(
  nodes: readonly BenefitNode[],
  node: BenefitNode,
  direction: 'up' | 'down',
): BenefitNode | undefined {
  const column = nodes
    .filter((n) => n.kind === node.kind)
    .sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const index = column.findIndex((n) => n.id === node.id);
  return column[direction === 'up' ? index - 1 : index + 1];
}

/**
 * The y of two nodes swapped (moving one up or down its column); when they were level, the one
 * moved goes a row beyond the other.
 */
export function swappedY(
  node: Pick<BenefitNode, 'y'>,
  neighbour: Pick<BenefitNode, 'y'>,
  direction: 'up' | 'down',
): { node: number; neighbour: number } {
  if (node.y !== neighbour.y) return { node: neighbour.y, neighbour: node.y };
  const step = direction === 'up' ? -nodeSpacing : nodeSpacing;
  return { node: Math.max(0, neighbour.y + step), neighbour: neighbour.y };
}

/** A KPI as its chart shows it (the planned line: the baseline then the milestones). */
export function kpiChartInput(kpi: Kpi, today: string): KpiChartInput {
  return {
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    baseline: kpi.baseline,
    milestones: kpi.trajectory,
    actuals: kpi.series.actual,
    status: kpi.status.status,
    today,
  };
}

/** The KPIs off track, in the list's order. */
export function offTrack(kpis: readonly Kpi[]): Kpi[] {
  return kpis.filter((k) => k.status.status === 'off-track');
}

/** The values of the KPI form (numbers and dates as typed). */
export interface KpiFormValues {
  name: string;
  unit: string;
  scheme: string;
  code: string;
  direction: 'increase' | 'decrease';
  baselineOn: string;
  baselineValue: string;
  successCriterion: string;
  trajectory: { on: string; value: string }[];
  owner: string;
  benefitNodeId: string;
}

/** The form's values for a new KPI (measuring an outcome, if given) or for changing one. */
export function kpiFormValues(kpi: Kpi | undefined, outcomeId = ''): KpiFormValues {
  if (!kpi)
    return {
      name: '',
      unit: '',
      scheme: '',
      code: '',
      direction: 'increase',
      baselineOn: '',
      baselineValue: '',
      successCriterion: '',
      trajectory: [{ on: '', value: '' }],
      owner: '',
      benefitNodeId: outcomeId,
    };
  return {
    name: kpi.name,
    unit: kpi.unit,
    scheme: kpi.indicator?.scheme ?? '',
    code: kpi.indicator?.code ?? '',
    direction: kpi.direction,
    baselineOn: kpi.baseline?.on ?? '',
    baselineValue: kpi.baseline ? String(kpi.baseline.value) : '',
    successCriterion: kpi.successCriterion,
    trajectory: kpi.trajectory.map((p) => ({ on: p.on, value: String(p.value) })),
    owner: kpi.owner,
    benefitNodeId: kpi.benefitNodeId ?? '',
  };
}

/** A number as typed ("1,234.5", "1 234,5" is not taken): undefined when it is not one. */
export function numberOf(typed: string): number | undefined {
  const compact = typed.trim().replace(/[\s,，_]/g, '');
  if (compact === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? value : undefined;
}

/** The API's body for the form's values (rows of the trajectory left empty are dropped). */
export function kpiInputOf(values: KpiFormValues): KpiInput {
  const baselineValue = numberOf(values.baselineValue);
  return {
    name: values.name.trim(),
    unit: values.unit.trim(),
    indicator:
      values.scheme && values.code.trim()
        ? {
            scheme: values.scheme as NonNullable<KpiInput['indicator']>['scheme'],
            code: values.code.trim(),
          }
        : null,
    direction: values.direction,
    baseline:
      values.baselineOn && baselineValue !== undefined
        ? { on: values.baselineOn, value: baselineValue }
        : null,
    successCriterion: values.successCriterion.trim(),
    trajectory: values.trajectory.flatMap((row) => {
      const value = numberOf(row.value);
      return row.on && value !== undefined ? [{ on: row.on, value }] : [];
    }),
    owner: values.owner.trim(),
    benefitNodeId: values.benefitNodeId || null,
  };
}

/**
 * How far the latest actual value is from what the trajectory expects on its date, and whether
 * that is better or worse (by the KPI's direction); undefined without both values.
 */
export function kpiGap(
  kpi: Pick<Kpi, 'direction' | 'status'>,
): { amount: number; better: boolean } | undefined {
  const { deviation } = kpi.status;
  if (deviation === null || kpi.status.expected === null) return undefined;
  const better = kpi.direction === 'increase' ? deviation >= 0 : deviation <= 0;
  return { amount: Math.abs(deviation), better };
}

/** The KPI form's fields an API issue belongs to (`body.baseline.on` → `baselineOn`…). */
const kpiIssueField: readonly [RegExp, keyof KpiFormValues][] = [
  [/^baseline\.value/, 'baselineValue'],
  [/^baseline/, 'baselineOn'],
  [/^indicator\.scheme/, 'scheme'],
  [/^indicator/, 'code'],
  [/^(name|unit|direction|successCriterion|owner|benefitNodeId)\b/, 'name'],
];

/**
 * The API's field problems placed on the KPI form: per field its messages, and the problems of
 * the trajectory (a list of rows) apart.
 */
export function kpiFormIssues(issues: readonly { path: string; message: string }[]): {
  fields: { name: [keyof KpiFormValues]; errors: string[] }[];
  trajectory: string[];
} {
  const byField = new Map<keyof KpiFormValues, string[]>();
  const trajectory: string[] = [];
  for (const issue of issues) {
    const path = issue.path.replace(/^body\./, '');
    if (/^trajectory\b/.test(path)) {
      const row = /^trajectory\.(\d+)/.exec(path)?.[1];
      trajectory.push(
        row === undefined ? issue.message : `${String(Number(row) + 1)}: ${issue.message}`,
      );
      continue;
    }
    const match = kpiIssueField.find(([pattern]) => pattern.test(path));
    if (!match) continue;
    const field = match[1] === 'name' ? (path.split('.')[0] as keyof KpiFormValues) : match[1];
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  return {
    fields: [...byField].map(([name, errors]) => ({ name: [name], errors })),
    trajectory,
  };
}
