import type {
  Component,
  LocalizedText,
  ModelIndex,
  OperatingModelPack,
  Recommendation,
} from '@citymaturity/model';

/** One ISO 37106 component relevant to a characteristic, with its recommendations. */
export interface GuidanceComponent {
  code: string;
  name: LocalizedText;
  clause: string;
  recommendations: Recommendation[];
}

/** Everything that helps a city move a characteristic up one level. */
export interface CharacteristicGuidance {
  characteristic: string;
  name: LocalizedText;
  /** Characteristic type (a, b or c for MMSSC) whose generic level descriptions apply. */
  type: string;
  /** The level reached: the current median, rounded down (a median of 2.5 has reached level 2, not 3). */
  currentLevel: number | null;
  /** The level to reach next; null when the top level is reached or the current level is unknown. */
  nextLevel: number | null;
  /** The criteria of the next level (they include the lower levels' criteria where they say so). */
  nextCriteria: LocalizedText | null;
  /** The generic description of the next level for the characteristic's type. */
  nextTypeDescription: LocalizedText | null;
  /** ISO 37106 components that guide this characteristic, with their recommendations. */
  components: GuidanceComponent[];
  /** Supporting standards and documents (ISO/TS 37107 Annex B). */
  supportingDocuments: { text: LocalizedText; standards: string[] }[];
  /** More detailed maturity models for this characteristic (ISO/TS 37107 table 4). */
  otherModels: { id: string; name: LocalizedText; howToUse: LocalizedText[] }[];
  /** ISO 18091 local-government functions for a purpose (ISO/TS 37107 Annex C). */
  functions: { table: string; number: number; name: LocalizedText }[];
}

/**
 * The guidance for one characteristic at a given current level: the next level's criteria and
 * generic description, the ISO 37106 components (from Annex B and the pack's component links,
 * for the characteristic, its sub-dimension and its dimension), supporting documents, other
 * maturity models and, for purposes, the ISO 18091 functions.
 * @param currentMedian the current-level median (or a single rating); null when unknown
 * @param operatingModel the ISO 37106 pack; without it the component list is empty
 */
export function guidanceFor(
  model: ModelIndex,
  characteristicId: string,
  currentMedian: number | null,
  operatingModel?: OperatingModelPack,
): CharacteristicGuidance {
  const indexed = model.characteristicById.get(characteristicId);
  if (!indexed) throw new RangeError(`unknown characteristic ${characteristicId}`);
  const { characteristic, subdimensionId, dimensionId } = indexed;
  const scope = new Set([characteristicId, subdimensionId, dimensionId]);
  const pack = model.pack;
  const top = model.levels.length;

  const currentLevel = currentMedian === null ? null : Math.floor(currentMedian);
  const nextLevel = currentLevel === null || currentLevel >= top ? null : currentLevel + 1;
  const type = pack.characteristic_types.find((t) => t.id === characteristic.type);

  const supporting = (pack.supporting_documents ?? []).filter((e) => scope.has(e.target));
  const codes = [
    ...supporting.flatMap((e) => e.items.flatMap((item) => item.components ?? [])),
    ...(pack.component_links ?? []).filter((l) => scope.has(l.target)).flatMap((l) => l.components),
  ];

  return {
    characteristic: characteristicId,
    name: characteristic.name,
    type: characteristic.type,
    currentLevel,
    nextLevel,
    nextCriteria: nextLevel === null ? null : (characteristic.levels[String(nextLevel)] ?? null),
    nextTypeDescription:
      nextLevel === null ? null : (type?.descriptions[String(nextLevel)] ?? null),
    components: operatingModel ? resolveComponents(codes, operatingModel) : [],
    supportingDocuments: supporting.flatMap((e) =>
      e.items.map((item) => ({ text: item.text, standards: item.standards })),
    ),
    otherModels: (pack.other_models ?? [])
      .filter((m) => m.targets.some((t) => scope.has(t)))
      .map((m) => ({ id: m.id, name: m.name, howToUse: m.how_to_use })),
    functions: (pack.function_links ?? [])
      .filter((l) => scope.has(l.target))
      .flatMap((l) => l.functions.map((f) => ({ table: f.table, number: f.number, name: f.name }))),
  };
}

/** Components for the given codes, in pack order, without repeats; a part code stands for all its components. */
function resolveComponents(
  codes: readonly string[],
  pack: OperatingModelPack,
): GuidanceComponent[] {
  const wanted = new Set<string>();
  for (const code of codes) {
    const inPart = pack.components.filter((c) => c.part === code && c.code !== code);
    if (inPart.length > 0 && !pack.components.some((c) => c.code === code))
      inPart.forEach((c) => wanted.add(c.code));
    else wanted.add(code);
  }
  return pack.components
    .filter((c: Component) => wanted.has(c.code))
    .map((c) => ({
      code: c.code,
      name: c.name,
      clause: c.clause,
      recommendations: c.recommendations,
    }));
}
