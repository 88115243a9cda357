import type { BenefitMapLink, BenefitNodeKind } from './benefit-map-rules.js';

/** A node as the summary reads it. */
export interface SummarisedBenefitNode {
  id: string;
  kind: BenefitNodeKind;
  label: string;
  /** The pack's purpose of a purpose node. */
  purposeId: string | null;
  /** The roadmap initiative an initiative node stands for. */
  initiativeId: string | null;
}

/** An input (initiative or investment) that reaches a purpose. */
export interface PurposeContribution {
  nodeId: string;
  kind: 'initiative' | 'investment';
  /** How many distinct paths lead from the input to the purpose. */
  pathCount: number;
  /** One shortest path, node ids from the input to the purpose node. */
  path: string[];
}

/** What the map says about one of the pack's purposes. */
export interface PurposeReach {
  purposeId: string;
  /** The purpose's node, null when the map does not show the purpose yet. */
  nodeId: string | null;
  /** Initiatives first, then investments, each by label. */
  reachedFrom: PurposeContribution[];
}

/** What the benefit map shows and lacks. */
export interface BenefitMapSummary {
  /** One per purpose of the pack, in the pack's order. */
  purposes: PurposeReach[];
  /** Initiative nodes from which no path leads to a purpose. */
  initiativesReachingNoPurpose: string[];
  /** Investment nodes from which no path leads to a purpose. */
  investmentsReachingNoPurpose: string[];
  /** Outcome nodes that no KPI measures. */
  outcomesWithoutKpi: string[];
  /** Roadmap initiatives that no initiative node stands for. */
  roadmapInitiativesNotOnMap: string[];
  /** Nodes without any arrow in or out. */
  unlinkedNodes: string[];
}

const inputKinds = ['initiative', 'investment'] as const;

/** Shortest paths (breadth first) from a node to every node it reaches: node → previous node. */
function previousOnShortestPaths(next: Map<string, string[]>, from: string): Map<string, string> {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const successor of next.get(node) ?? []) {
      if (previous.has(successor)) continue;
      previous.set(successor, node);
      queue.push(successor);
    }
  }
  return previous;
}

function pathTo(previous: Map<string, string>, to: string): string[] {
  const path = [to];
  let node = to;
  while (previous.get(node) !== node) {
    node = previous.get(node) as string;
    path.unshift(node);
  }
  return path;
}

/**
 * Counts the paths from every node to `target` (the map is acyclic; an arrow closing a loop in
 * stored data is not followed twice, so the count stays finite).
 */
function pathCountsTo(next: Map<string, string[]>, target: string): (node: string) => number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const count = (node: string): number => {
    if (node === target) return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return 0;
    visiting.add(node);
    let total = 0;
    for (const successor of next.get(node) ?? []) total += count(successor);
    visiting.delete(node);
    memo.set(node, total);
    return total;
  };
  return count;
}

/**
 * Summarises the benefit map: for each of the pack's purposes, the initiatives and investments
 * from which a path leads to it (with one shortest path and the number of paths); the inputs
 * that reach no purpose; the outcomes no KPI measures; the roadmap initiatives missing from the
 * map; the nodes without any arrow.
 */
export function summariseBenefitMap(input: {
  purposeIds: readonly string[];
  nodes: readonly SummarisedBenefitNode[];
  links: readonly BenefitMapLink[];
  /** Nodes that a KPI measures. */
  measuredNodeIds: ReadonlySet<string>;
  roadmapInitiativeIds: readonly string[];
}): BenefitMapSummary {
  const { nodes, links } = input;
  const next = new Map<string, string[]>();
  const linked = new Set<string>();
  for (const link of links) {
    next.set(link.fromNodeId, [...(next.get(link.fromNodeId) ?? []), link.toNodeId]);
    linked.add(link.fromNodeId).add(link.toNodeId);
  }
  const byLabel = (a: SummarisedBenefitNode, b: SummarisedBenefitNode) =>
    inputKinds.indexOf(a.kind as 'initiative') - inputKinds.indexOf(b.kind as 'initiative') ||
    a.label.localeCompare(b.label) ||
    a.id.localeCompare(b.id);
  const inputs = nodes
    .filter((n): n is SummarisedBenefitNode & { kind: 'initiative' | 'investment' } =>
      (inputKinds as readonly string[]).includes(n.kind),
    )
    .sort(byLabel);
  const shortest = new Map(inputs.map((n) => [n.id, previousOnShortestPaths(next, n.id)]));
  const reachesPurpose = new Set<string>();
  const purposes = input.purposeIds.map((purposeId) => {
    const node = nodes.find((n) => n.kind === 'purpose' && n.purposeId === purposeId);
    if (!node) return { purposeId, nodeId: null, reachedFrom: [] };
    const countFrom = pathCountsTo(next, node.id);
    const reachedFrom = inputs.flatMap((source) => {
      const previous = shortest.get(source.id);
      if (!previous?.has(node.id)) return [];
      reachesPurpose.add(source.id);
      return [
        {
          nodeId: source.id,
          kind: source.kind,
          pathCount: countFrom(source.id),
          path: pathTo(previous, node.id),
        },
      ];
    });
    return { purposeId, nodeId: node.id, reachedFrom };
  });
  const represented = new Set(nodes.map((n) => n.initiativeId).filter((id) => id !== null));
  const ids = (list: readonly SummarisedBenefitNode[]) => list.map((n) => n.id);
  return {
    purposes,
    initiativesReachingNoPurpose: ids(
      inputs.filter((n) => n.kind === 'initiative' && !reachesPurpose.has(n.id)),
    ),
    investmentsReachingNoPurpose: ids(
      inputs.filter((n) => n.kind === 'investment' && !reachesPurpose.has(n.id)),
    ),
    outcomesWithoutKpi: ids(
      nodes.filter((n) => n.kind === 'outcome' && !input.measuredNodeIds.has(n.id)).sort(byLabel),
    ),
    roadmapInitiativesNotOnMap: input.roadmapInitiativeIds.filter((id) => !represented.has(id)),
    unlinkedNodes: ids(nodes.filter((n) => !linked.has(n.id)).sort(byLabel)),
  };
}
