import type {
  Characteristic,
  Dimension,
  MaturityModelPack,
  Subdimension,
} from './schema/maturity-model-pack.js';

/** A characteristic with its place in the model's structure. */
export interface IndexedCharacteristic {
  id: string;
  /** Position in the model's reading order (0-based). */
  order: number;
  dimensionId: string;
  subdimensionId: string;
  characteristic: Characteristic;
}

/** Lookup tables over a maturity-model pack, built once and shared by the scoring rules. */
export interface ModelIndex {
  pack: MaturityModelPack;
  /** The level numbers, 1..n. */
  levels: readonly number[];
  characteristics: readonly IndexedCharacteristic[];
  characteristicById: ReadonlyMap<string, IndexedCharacteristic>;
  dimensionById: ReadonlyMap<string, Dimension>;
  subdimensionById: ReadonlyMap<string, Subdimension & { dimensionId: string }>;
}

/** Builds the {@link ModelIndex} of a validated maturity-model pack. */
export function indexMaturityModel(pack: MaturityModelPack): ModelIndex {
  const characteristics: IndexedCharacteristic[] = [];
  const dimensionById = new Map<string, Dimension>();
  const subdimensionById = new Map<string, Subdimension & { dimensionId: string }>();
  for (const dimension of pack.dimensions) {
    dimensionById.set(dimension.id, dimension);
    for (const sub of dimension.subdimensions) {
      subdimensionById.set(sub.id, { ...sub, dimensionId: dimension.id });
      for (const characteristic of sub.characteristics) {
        characteristics.push({
          id: characteristic.id,
          order: characteristics.length,
          dimensionId: dimension.id,
          subdimensionId: sub.id,
          characteristic,
        });
      }
    }
  }
  return {
    pack,
    levels: pack.levels.map((l) => l.level),
    characteristics,
    characteristicById: new Map(characteristics.map((c) => [c.id, c])),
    dimensionById,
    subdimensionById,
  };
}
