import type { LocalizedText, ModelIndex, OperatingModelPack, Source } from '@citymaturity/model';
import { strengthMinimumLevel } from '../guidance/strengths-and-weaknesses.js';
import type { CharacteristicResult } from '../scoring/characteristic-results.js';
import {
  componentIndex,
  type CharacteristicComponentLink,
  type ComponentLinkKind,
} from './component-links.js';
import { characteristicLevels, type CharacteristicLevels } from './targets.js';

type Results = Readonly<Record<string, CharacteristicResult | undefined>>;

/** A component linked to a characteristic, with where the link comes from. */
export interface LinkedComponent {
  code: string;
  /** The element that carries the link: the characteristic, its sub-dimension or dimension. */
  via: string;
  kind: ComponentLinkKind;
  source: Source;
}

/** One characteristic with its official levels, its planned gap and the components linked to it. */
export interface CharacteristicLinkRow extends CharacteristicLevels {
  name: LocalizedText;
  components: LinkedComponent[];
}

/** The characteristics of one dimension, in model order. */
export interface DimensionLinkRows {
  dimension: string;
  name: LocalizedText;
  rows: CharacteristicLinkRow[];
}

/** Per dimension, each characteristic with its levels, gap and linked ISO 37106 components. */
export function characteristicLinkRows(
  model: ModelIndex,
  results: Results,
  links: readonly CharacteristicComponentLink[],
): DimensionLinkRows[] {
  return model.pack.dimensions.map((dimension) => ({
    dimension: dimension.id,
    name: dimension.name,
    rows: model.characteristics
      .filter((c) => c.dimensionId === dimension.id)
      .map((c) => ({
        ...characteristicLevels(results, c.id),
        name: c.characteristic.name,
        components: links
          .filter((l) => l.characteristic === c.id)
          .map((l) => ({ code: l.component, via: l.via, kind: l.kind, source: l.source })),
      })),
  }));
}

/** One component with the characteristics linked to it and how far they are. */
export interface ComponentLinkRow {
  component: string;
  /** The linked characteristics with their official levels, in model order. */
  characteristics: CharacteristicLevels[];
  /** How many of them have not reached the threshold level now (a current level below it). */
  belowThreshold: number;
  /** How many of them have no current level (nobody gave one): not counted above. */
  unrated: number;
  /** The linked characteristic(s) with the lowest current level (all when tied; none if unrated). */
  weakest: CharacteristicLevels[];
}

/** Options of {@link componentLinkRows}. */
export interface ComponentLinkRowOptions {
  /** The ISO 37106 pack: its order breaks ties. */
  operatingModel?: OperatingModelPack;
  /**
   * A characteristic counts as below it while its current level has not reached this level;
   * default 3 ("implemented", the level a strength needs and that ISO 18091's green roughly
   * corresponds to). A median of 2.5 has not reached level 3.
   */
  threshold?: number;
}

/**
 * The inverse view of the links, with levels: each ISO 37106 component with the characteristics
 * that point to it, how many of them are below the threshold level now, and the weakest. The
 * components that matter most for the city's gaps come first: the most characteristics below
 * the threshold, then the lowest current level among them, then the operating model's order.
 */
export function componentLinkRows(
  model: ModelIndex,
  results: Results,
  links: readonly CharacteristicComponentLink[],
  options: ComponentLinkRowOptions = {},
): ComponentLinkRow[] {
  const threshold = options.threshold ?? strengthMinimumLevel;
  const order = new Map(model.characteristics.map((c) => [c.id, c.order]));
  const rows = componentIndex(links, options.operatingModel).map((entry): ComponentLinkRow => {
    const characteristics = [...entry.characteristics]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((id) => characteristicLevels(results, id));
    const rated = characteristics.filter((c) => c.current !== null);
    const lowest = Math.min(...rated.map((c) => c.current as number));
    return {
      component: entry.component,
      characteristics,
      belowThreshold: rated.filter((c) => (c.current as number) < threshold).length,
      unrated: characteristics.length - rated.length,
      weakest: rated.filter((c) => c.current === lowest),
    };
  });
  const lowestOf = (row: ComponentLinkRow) => row.weakest[0]?.current ?? Number.POSITIVE_INFINITY;
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        b.row.belowThreshold - a.row.belowThreshold ||
        lowestOf(a.row) - lowestOf(b.row) ||
        a.i - b.i,
    )
    .map(({ row }) => row);
}
