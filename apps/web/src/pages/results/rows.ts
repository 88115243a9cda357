import { matrixCell, type MatrixCell } from '@citymaturity/charts';
import { standardStakeholderGroups } from '@citymaturity/core';
import type { AssessmentScore, PlanFlag, Priority, Rollup } from '@citymaturity/core';
import type { EvidenceMethod, LocalizedText, ModelIndex, TextLanguage } from '@citymaturity/model';

/** A characteristic named in the interface language. */
export interface NamedCharacteristic {
  id: string;
  name: string;
}

/** The id and name of a characteristic in the language (the id alone if the model lacks it). */
export function namedCharacteristic(
  model: ModelIndex,
  id: string,
  lang: TextLanguage,
): NamedCharacteristic {
  return { id, name: model.characteristicById.get(id)?.characteristic.name[lang] ?? '' };
}

/** One row of the summary: the whole model or a roll-up group of the pack. */
export interface SummaryRow {
  id: string;
  name: string;
  /** The dimensions the group contains (empty for the overall result). */
  dimensions: string[];
  rollup: Rollup | undefined;
}

/** The overall result followed by the pack's roll-up groups (MMSSC: smart enablers, purposes). */
export function summaryRows(
  score: AssessmentScore,
  model: ModelIndex,
  lang: TextLanguage,
  overallName: string,
): SummaryRow[] {
  return [
    { id: 'overall', name: overallName, dimensions: [], rollup: score.overall },
    ...(model.pack.rollup_groups ?? []).map((group) => ({
      id: group.id,
      name: group.name[lang],
      dimensions: group.dimensions,
      rollup: score.rollupGroups[group.id],
    })),
  ];
}

/** One row of the dimension table: a dimension or one of its sub-dimensions. */
export interface DimensionRow {
  id: string;
  name: string;
  kind: 'dimension' | 'subdimension';
  current: number | null;
  target: number | null;
  gap: number | null;
  /** Number of characteristics rolled up. */
  characteristics: number;
  /** The characteristics with the lowest current median (none for a single-characteristic roll-up). */
  weakest: NamedCharacteristic[];
  /** Characteristics without a current or a target median, left out of the roll-up. */
  unrated: string[];
}

function dimensionRow(
  id: string,
  name: string,
  kind: DimensionRow['kind'],
  rollup: Rollup | undefined,
  model: ModelIndex,
  lang: TextLanguage,
): DimensionRow {
  const weakest =
    rollup && rollup.characteristics > 1
      ? rollup.weakest.current.map((c) => namedCharacteristic(model, c, lang))
      : [];
  return {
    id,
    name,
    kind,
    current: rollup?.current ?? null,
    target: rollup?.target ?? null,
    gap: rollup?.gap ?? null,
    characteristics: rollup?.characteristics ?? 0,
    weakest,
    unrated: [...new Set([...(rollup?.unrated.current ?? []), ...(rollup?.unrated.target ?? [])])],
  };
}

/** Every dimension followed by its sub-dimensions, in model order. */
export function dimensionRows(
  score: AssessmentScore,
  model: ModelIndex,
  lang: TextLanguage,
): DimensionRow[] {
  return model.pack.dimensions.flatMap((d) => [
    dimensionRow(d.id, d.name[lang], 'dimension', score.dimensions[d.id], model, lang),
    ...d.subdimensions.map((s) =>
      dimensionRow(s.id, s.name[lang], 'subdimension', score.subdimensions[s.id], model, lang),
    ),
  ]);
}

/** One characteristic's medians, planned gap, plan flag and maturity-matrix cells. */
export interface CharacteristicRow extends NamedCharacteristic {
  current: number | null;
  target: number | null;
  gap: number | null;
  plan: PlanFlag | null;
  /** "Don't know" answers for the current and the target level. */
  unknown: { current: number; target: number };
  /** One cell per level, as the maturity matrix draws it. */
  cells: MatrixCell[];
}

/** Every characteristic in model order, with what the gap chart and the matrix show of it. */
export function characteristicRows(
  score: AssessmentScore,
  model: ModelIndex,
  lang: TextLanguage,
): CharacteristicRow[] {
  return model.characteristics.map((c) => {
    const result = score.characteristics[c.id];
    const current = result?.current.median ?? null;
    const target = result?.target.median ?? null;
    return {
      id: c.id,
      name: c.characteristic.name[lang],
      current,
      target,
      gap: result?.gap ?? null,
      plan: result?.plan ?? null,
      unknown: { current: result?.current.unknown ?? 0, target: result?.target.unknown ?? 0 },
      cells: model.levels.map((level) => matrixCell(level, current, target)),
    };
  });
}

/** The characteristics whose planned change is flagged, by flag, in model order. */
export function planFlags(
  rows: readonly CharacteristicRow[],
): Record<PlanFlag, CharacteristicRow[]> {
  return {
    'target-below-current': rows.filter((r) => r.plan === 'target-below-current'),
    'ambitious-target': rows.filter((r) => r.plan === 'ambitious-target'),
  };
}

/** The characteristics without a current or a target median (nobody gave a level), in model order. */
export function unratedCharacteristics(rows: readonly CharacteristicRow[]): CharacteristicRow[] {
  return rows.filter((r) => r.current === null || r.target === null);
}

/** The evidence method of an assessment with its place on the standard's scale of confidence. */
export interface MethodInfo {
  method: EvidenceMethod;
  /** Number of methods on the scale. */
  of: number;
}

/** The pack's evidence method with this id, if the pack describes it. */
export function methodInfo(model: ModelIndex, id: string): MethodInfo | undefined {
  const methods = model.pack.evidence_methods ?? [];
  const method = methods.find((m) => m.id === id);
  return method ? { method, of: methods.length } : undefined;
}

/**
 * For each ISO 37106 component cited by the priorities, the rank of the first priority that
 * cites it (a report prints its recommendations there once and refers back to it later).
 */
export function firstCitations(priorities: readonly Priority[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const priority of priorities) {
    for (const component of priority.guidance.components) {
      if (!first.has(component.code)) first.set(component.code, priority.rank);
    }
  }
  return first;
}

/** A stakeholder group's name: a standard group's name in the language, otherwise its id. */
export function groupName(id: string, lang: TextLanguage): string {
  const standard = standardStakeholderGroups as Readonly<Record<string, LocalizedText | undefined>>;
  return standard[id]?.[lang] ?? id;
}
