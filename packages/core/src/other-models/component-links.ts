import type { ModelIndex, OperatingModelPack, Source } from '@citymaturity/model';

/**
 * Where a link from a characteristic to an ISO 37106 component comes from: an item of Annex B
 * (the supporting documents, which cite components of ISO 37106) or a component link the pack's
 * editors added where Annex B is silent (each with its own provenance).
 */
export type ComponentLinkKind = 'annex-b' | 'pack-link';

/** One link from a characteristic to an ISO 37106 component. */
export interface CharacteristicComponentLink {
  characteristic: string;
  /** The component's code (B1, C2 …). */
  component: string;
  /** The pack element that carries the link: the characteristic, its sub-dimension or its dimension. */
  via: string;
  kind: ComponentLinkKind;
  source: Source;
}

interface CitedCodes {
  target: string;
  codes: readonly string[];
  kind: ComponentLinkKind;
  source: Source;
}

/**
 * The codes a cited code stands for: a part code (such as "C") without a component of the same
 * code stands for every component of that part (the rule of the guidance); any other code for
 * itself. Without the operating model a code stands for itself.
 */
export function componentCodesOf(code: string, operatingModel?: OperatingModelPack): string[] {
  if (!operatingModel || operatingModel.components.some((c) => c.code === code)) return [code];
  const inPart = operatingModel.components.filter((c) => c.part === code).map((c) => c.code);
  return inPart.length > 0 ? inPart : [code];
}

/**
 * Every link from a characteristic to an ISO 37106 component: the components Annex B cites for
 * the characteristic, its sub-dimension or its dimension, then the pack's component links for
 * them. A characteristic is linked to a component once, by the first of these that cites it
 * (Annex B before the pack's own links). Characteristics in model order; components in the
 * order cited.
 * @param operatingModel the ISO 37106 pack, to expand part codes; optional
 */
export function characteristicComponentLinks(
  model: ModelIndex,
  operatingModel?: OperatingModelPack,
): CharacteristicComponentLink[] {
  const cited: CitedCodes[] = [
    ...(model.pack.supporting_documents ?? []).flatMap((entry) =>
      entry.items.map((item) => ({
        target: entry.target,
        codes: item.components ?? [],
        kind: 'annex-b' as const,
        source: entry.source,
      })),
    ),
    ...(model.pack.component_links ?? []).map((link) => ({
      target: link.target,
      codes: link.components,
      kind: 'pack-link' as const,
      source: link.source,
    })),
  ];
  const links: CharacteristicComponentLink[] = [];
  for (const c of model.characteristics) {
    const scope = new Set([c.id, c.subdimensionId, c.dimensionId]);
    const seen = new Set<string>();
    for (const entry of cited) {
      if (!scope.has(entry.target)) continue;
      for (const code of entry.codes.flatMap((x) => componentCodesOf(x, operatingModel))) {
        if (seen.has(code)) continue;
        seen.add(code);
        links.push({
          characteristic: c.id,
          component: code,
          via: entry.target,
          kind: entry.kind,
          source: entry.source,
        });
      }
    }
  }
  return links;
}

/** A component with the characteristics that link to it (the inverse of the links). */
export interface ComponentIndexEntry {
  component: string;
  /** The characteristics linked to the component, in the order of the links (model order). */
  characteristics: string[];
}

/**
 * The inverse of the links: each linked component with the characteristics that point to it.
 * Every link appears exactly once. Components in the operating model's order when it is given
 * (codes it does not know last), otherwise in the order they are first linked.
 */
export function componentIndex(
  links: readonly CharacteristicComponentLink[],
  operatingModel?: OperatingModelPack,
): ComponentIndexEntry[] {
  const byComponent = new Map<string, string[]>();
  for (const link of links) {
    const list = byComponent.get(link.component);
    if (list) list.push(link.characteristic);
    else byComponent.set(link.component, [link.characteristic]);
  }
  const entries = [...byComponent].map(([component, characteristics]) => ({
    component,
    characteristics,
  }));
  if (!operatingModel) return entries;
  const order = new Map(operatingModel.components.map((c, i) => [c.code, i]));
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.component) - rank(b.e.component) || a.i - b.i)
    .map(({ e }) => e);
}
