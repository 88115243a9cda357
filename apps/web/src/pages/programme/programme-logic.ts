import type { Component, OperatingModelPack } from '@citymaturity/model';
import type { Lang } from '../../components/lang.js';

/**
 * A clause reference of the pack (written the Chinese way: "附录 B 表 B.1", "6.9.2 图 5") in a
 * language: in English, 附录 → Annex, 表 → table, 图 → figure, and Chinese semicolons as "; ".
 */
export function clauseText(ref: string, lang: Lang): string {
  if (lang === 'zh') return ref;
  return ref
    .replace(/附录\s*/g, 'Annex ')
    .replace(/表\s*/g, 'table ')
    .replace(/图\s*/g, 'figure ')
    .replace(/；\s*/g, '; ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One area of part B with its components, or a part without areas. */
export interface ComponentGroup {
  /** The part's code (A, B, C, D). */
  part: string;
  /** The area's id within part B; undefined for the other parts. */
  area?: string;
  components: Component[];
}

/**
 * The components of the pack grouped for the tracker: part by part in the pack's order, and
 * within a part that has areas (B), area by area in the pack's order; components keep their order.
 */
export function componentGroups(pack: OperatingModelPack): ComponentGroup[] {
  return pack.parts.flatMap((part): ComponentGroup[] => {
    const inPart = pack.components.filter((c) => c.part === part.code);
    const areas = pack.areas.filter((a) => inPart.some((c) => c.area === a.id));
    if (areas.length === 0)
      return inPart.length > 0 ? [{ part: part.code, components: inPart }] : [];
    const groups: ComponentGroup[] = areas.map((area) => ({
      part: part.code,
      area: area.id,
      components: inPart.filter((c) => c.area === area.id),
    }));
    const outside = inPart.filter((c) => !areas.some((a) => a.id === c.area));
    return outside.length > 0 ? [...groups, { part: part.code, components: outside }] : groups;
  });
}

/** The number of recommendations of a list of components. */
export function recommendationCount(components: readonly Component[]): number {
  return components.reduce((sum, c) => sum + c.recommendations.length, 0);
}

/** The id of a component's entry in the tracker. */
export function componentAnchor(code: string): string {
  return `component-${code}`;
}

/**
 * Where a component code of the pack (a tag, a related component) points in the tracker: the
 * component's entry, or the part's heading for a code that names a whole part (e.g. C).
 */
export function codeAnchor(pack: OperatingModelPack, code: string): string {
  if (!pack.components.some((c) => c.code === code) && pack.parts.some((p) => p.code === code))
    return partAnchor(code);
  return componentAnchor(code);
}

/** The id of a part's heading in the tracker. */
export function partAnchor(code: string): string {
  return `part-${code}`;
}

/** Procurement rows and governance changes counted, for the self-checks' introduction. */
export function selfCheckCounts(pack: OperatingModelPack): {
  procurement: number;
  governance: number;
} {
  return {
    procurement: pack.procurement_transformation?.rows.length ?? 0,
    governance: pack.governance_changes?.length ?? 0,
  };
}

/** The checklist statements of the key success factors, counted, and how many the editors wrote. */
export function checklistCounts(pack: OperatingModelPack): { statements: number; derived: number } {
  const statements = (pack.key_success_factors ?? []).flatMap((f) =>
    f.subfactors.flatMap((s) => s.checklist),
  );
  return { statements: statements.length, derived: statements.filter((s) => s.derived).length };
}

/** The clause of the standard a page of the workspace follows, from the pack (undefined if none). */
export function pageClause(pack: OperatingModelPack, page: string): string | undefined {
  const component = (code: string) => pack.components.find((c) => c.code === code)?.clause;
  const part = (code: string) => pack.parts.find((p) => p.code === code)?.clause;
  switch (page) {
    case 'principles':
      return component('A');
    case 'components':
      return [part('B'), part('C')].filter(Boolean).join('; ');
    case 'interoperability':
      return pack.interoperability_matrix?.source.ref;
    case 'roadmap':
      return pack.roadmap_phases?.[0]?.source.ref;
    case 'benefits':
      return part('C');
    case 'reviews':
      return component('D');
    case 'risks':
      return part('D');
    case 'stakeholders':
      return pack.stakeholder_types?.[0]?.source.ref;
    case 'self-checks':
      return pack.procurement_transformation?.source.ref;
    default:
      return undefined;
  }
}
