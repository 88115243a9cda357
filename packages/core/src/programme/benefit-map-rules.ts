// The benefit map of ISO 37106 clause 7 as a logic model: what the city does (initiatives) and
// spends (investments) produces outputs, outputs lead to outcomes, outcomes serve the six
// purposes of sustainable cities (table 1). See docs/operating-model.md.

/** The kinds of node, from the inputs to the purposes. */
export const benefitNodeKinds = [
  'initiative',
  'investment',
  'output',
  'outcome',
  'purpose',
] as const;
/** See {@link benefitNodeKinds}. */
export type BenefitNodeKind = (typeof benefitNodeKinds)[number];

/**
 * The arrows the map allows, `from → to`. Outcome → outcome is allowed: an intermediate outcome
 * (e.g. "fewer cars at peak time") often leads to an end outcome ("cleaner air") before it serves
 * a purpose; the map must stay free of cycles.
 */
export const allowedBenefitLinks: Readonly<Record<BenefitNodeKind, readonly BenefitNodeKind[]>> = {
  initiative: ['output'],
  investment: ['output'],
  output: ['outcome'],
  outcome: ['outcome', 'purpose'],
  purpose: [],
};

/** A node as the rules read it. */
export interface BenefitMapNode {
  id: string;
  kind: BenefitNodeKind;
}

/** An arrow: `from` contributes to `to`. */
export interface BenefitMapLink {
  fromNodeId: string;
  toNodeId: string;
}

/**
 * Why a new arrow is refused:
 * - `unknown-from-node`, `unknown-to-node`: the node is not on the map;
 * - `self-link`: a node cannot lead to itself;
 * - `kinds-not-allowed`: the arrow does not follow the logic model (see {@link allowedBenefitLinks});
 * - `link-exists`: the same arrow is already there;
 * - `cycle`: the arrow would close a loop (only outcome → outcome arrows can).
 */
export type BenefitLinkProblem =
  | 'unknown-from-node'
  | 'unknown-to-node'
  | 'self-link'
  | 'kinds-not-allowed'
  | 'link-exists'
  | 'cycle';

/** Whether an arrow from a node of one kind to a node of another follows the logic model. */
export function benefitLinkAllowed(from: BenefitNodeKind, to: BenefitNodeKind): boolean {
  return allowedBenefitLinks[from].includes(to);
}

function successorsOf(links: readonly BenefitMapLink[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const link of links) {
    const list = next.get(link.fromNodeId) ?? [];
    list.push(link.toNodeId);
    next.set(link.fromNodeId, list);
  }
  return next;
}

/** Whether `to` can be reached from `from` along the arrows. */
export function benefitPathExists(
  links: readonly BenefitMapLink[],
  from: string,
  to: string,
): boolean {
  const next = successorsOf(links);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (node === to) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...(next.get(node) ?? []));
  }
  return false;
}

/**
 * Checks a new arrow against the map as it is (see {@link BenefitLinkProblem}); null when it
 * may be added.
 */
export function benefitLinkProblem(
  nodes: readonly BenefitMapNode[],
  links: readonly BenefitMapLink[],
  link: BenefitMapLink,
): BenefitLinkProblem | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const from = byId.get(link.fromNodeId);
  const to = byId.get(link.toNodeId);
  if (!from) return 'unknown-from-node';
  if (!to) return 'unknown-to-node';
  if (from.id === to.id) return 'self-link';
  if (!benefitLinkAllowed(from.kind, to.kind)) return 'kinds-not-allowed';
  if (links.some((l) => l.fromNodeId === from.id && l.toNodeId === to.id)) return 'link-exists';
  if (benefitPathExists(links, to.id, from.id)) return 'cycle';
  return null;
}
