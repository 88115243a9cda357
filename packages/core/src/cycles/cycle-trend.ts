import type { ModelIndex } from '@citymaturity/model';
import { officialLevels } from '../scoring/official-levels.js';
import {
  ratedCount,
  rollUp,
  rollUpModel,
  type ModelRollups,
  type RatedCount,
  type Rollup,
} from '../scoring/rollup.js';
import { roundTo } from '../statistics/rounding.js';
import {
  cycleRef,
  orderCycles,
  sameModel,
  type CycleOptions,
  type CycleRef,
  type ScoredCycle,
} from './cycle.js';

/**
 * Why a point of a trend is not simply comparable with the one before:
 * - `not-in-model`: this cycle's model has no such characteristic (or roll-up): no levels;
 * - `not-in-previous-model`: the previous cycle's model had none: no change;
 * - `model-changed`: the previous cycle was assessed against another model id or version;
 * - `common-characteristics-only`: a roll-up whose change is computed over the characteristics
 *   both cycles' models have in it (the others are listed in `change.leftOut`).
 */
export const trendFlags = [
  'not-in-model',
  'not-in-previous-model',
  'model-changed',
  'common-characteristics-only',
] as const;
/** See {@link trendFlags}. */
export type TrendFlag = (typeof trendFlags)[number];

/** The change of a characteristic or roll-up since the previous cycle. */
export interface TrendChange {
  /** The assessment compared with. */
  since: string;
  /** This cycle's current level − the previous cycle's; null when either has none. */
  current: number | null;
  /** The same for the target (the level planned two years ahead). */
  target: number | null;
  /** Roll-ups: characteristics left out of the comparison because only one of both models has them. */
  leftOut: string[];
}

/** A characteristic or roll-up in one cycle. */
export interface TrendPoint {
  assessmentId: string;
  date: string;
  provisional: boolean;
  /** Official current level (characteristic) or roll-up (mean, one decimal); null when none. */
  current: number | null;
  target: number | null;
  /** Change since the previous cycle; null for the first cycle or when not comparable (see flags). */
  change: TrendChange | null;
  flags: TrendFlag[];
}

/** A characteristic's points: one per cycle, and where its official levels come from. */
export interface CharacteristicTrendPoint extends TrendPoint {
  /** `consensus` (a workshop's agreed levels) or `ratings` (medians); null when not in the model. */
  basis: 'consensus' | 'ratings' | null;
}

/** A roll-up's points: one per cycle, and how many characteristics its means are taken over. */
export interface RollupTrendPoint extends TrendPoint {
  /** The characteristics with a level, of those in the roll-up; null when not in the model. */
  rated: RatedCount | null;
}

/** The trend of an organisation's maturity over its cycles. */
export interface CycleTrend {
  /** The cycles, oldest first. Every series has one point per cycle, in this order. */
  cycles: CycleRef[];
  characteristics: Record<string, CharacteristicTrendPoint[]>;
  subdimensions: Record<string, RollupTrendPoint[]>;
  dimensions: Record<string, RollupTrendPoint[]>;
  rollupGroups: Record<string, RollupTrendPoint[]>;
  overall: RollupTrendPoint[];
}

/** The characteristic ids of each roll-up of a model (the same grouping `rollUpModel` uses). */
function membersOfRollups(model: ModelIndex) {
  const subdimensions = new Map<string, string[]>();
  const dimensions = new Map<string, string[]>();
  for (const dimension of model.pack.dimensions) {
    const ids: string[] = [];
    for (const sub of dimension.subdimensions) {
      const subIds = sub.characteristics.map((c) => c.id);
      subdimensions.set(sub.id, subIds);
      ids.push(...subIds);
    }
    dimensions.set(dimension.id, ids);
  }
  const rollupGroups = new Map<string, string[]>();
  for (const group of model.pack.rollup_groups ?? [])
    rollupGroups.set(
      group.id,
      group.dimensions.flatMap((d) => dimensions.get(d) ?? []),
    );
  const overall = new Map([['overall', model.characteristics.map((c) => c.id)]]);
  return { subdimensions, dimensions, rollupGroups, overall };
}

type RollupKind = 'subdimensions' | 'dimensions' | 'rollupGroups' | 'overall';

const difference = (a: number | null, b: number | null, decimals: number) =>
  a === null || b === null ? null : roundTo(a - b, decimals);

interface CycleView {
  cycle: ScoredCycle;
  ref: CycleRef;
  rollups: ModelRollups;
  members: ReturnType<typeof membersOfRollups>;
}

function rollupOf(view: CycleView, kind: RollupKind, id: string): Rollup | undefined {
  return kind === 'overall' ? view.rollups.overall : view.rollups[kind][id];
}

/** The ids of a roll-up kind over every cycle's model, in the order they first appear. */
function rollupIds(views: readonly CycleView[], kind: RollupKind): string[] {
  const ids = new Set<string>();
  for (const view of views) for (const id of view.members[kind].keys()) ids.add(id);
  return [...ids];
}

function characteristicSeries(views: readonly CycleView[], id: string): CharacteristicTrendPoint[] {
  return views.map((view, i) => {
    const previous = i > 0 ? views[i - 1] : undefined;
    const inModel = view.cycle.model.characteristicById.has(id);
    const levels = officialLevels(view.cycle.characteristics[id]);
    const flags: TrendFlag[] = [];
    if (!inModel) flags.push('not-in-model');
    let change: TrendChange | null = null;
    if (previous) {
      if (!sameModel(previous.cycle, view.cycle)) flags.push('model-changed');
      const inPrevious = previous.cycle.model.characteristicById.has(id);
      if (!inPrevious) flags.push('not-in-previous-model');
      if (inModel && inPrevious) {
        const before = officialLevels(previous.cycle.characteristics[id]);
        change = {
          since: previous.ref.assessmentId,
          // Medians are whole or half levels: their differences are exact.
          current: difference(levels.current, before.current, 1),
          target: difference(levels.target, before.target, 1),
          leftOut: [],
        };
      }
    }
    return {
      assessmentId: view.ref.assessmentId,
      date: view.ref.date,
      provisional: view.ref.provisional,
      current: inModel ? levels.current : null,
      target: inModel ? levels.target : null,
      basis: inModel ? levels.basis : null,
      change,
      flags,
    };
  });
}

function rollupSeries(
  views: readonly CycleView[],
  kind: RollupKind,
  id: string,
): RollupTrendPoint[] {
  return views.map((view, i) => {
    const previous = i > 0 ? views[i - 1] : undefined;
    const members = view.members[kind].get(id);
    const rollup = members ? rollupOf(view, kind, id) : undefined;
    const flags: TrendFlag[] = [];
    if (!members) flags.push('not-in-model');
    let change: TrendChange | null = null;
    if (previous) {
      if (!sameModel(previous.cycle, view.cycle)) flags.push('model-changed');
      const before = previous.members[kind].get(id);
      if (!before) flags.push('not-in-previous-model');
      if (members && before) {
        // Compared over the characteristics both models have in this roll-up: with the same
        // model, all of them, and the change is the difference of the two roll-ups.
        const inBefore = new Set(before);
        const common = members.filter((c) => inBefore.has(c));
        const inNow = new Set(members);
        const leftOut = [
          ...members.filter((c) => !inBefore.has(c)),
          ...before.filter((c) => !inNow.has(c)),
        ];
        if (leftOut.length > 0) flags.push('common-characteristics-only');
        const now = leftOut.length > 0 ? rollUp(common, view.cycle.characteristics) : rollup;
        const then =
          leftOut.length > 0
            ? rollUp(common, previous.cycle.characteristics)
            : rollupOf(previous, kind, id);
        change = {
          since: previous.ref.assessmentId,
          current: difference(now?.current ?? null, then?.current ?? null, 1),
          target: difference(now?.target ?? null, then?.target ?? null, 1),
          leftOut,
        };
      }
    }
    return {
      assessmentId: view.ref.assessmentId,
      date: view.ref.date,
      provisional: view.ref.provisional,
      current: rollup?.current ?? null,
      target: rollup?.target ?? null,
      rated: rollup ? ratedCount(rollup) : null,
      change,
      flags,
    };
  });
}

/**
 * The trend of an organisation's maturity: for every characteristic and every roll-up
 * (sub-dimension, dimension, roll-up group, overall), one point per cycle with the official current
 * and target levels (roll-ups by the rule of {@link rollUp}) and the change since the previous
 * cycle. Cycles are the submitted assessments by date (drafts too when asked for, flagged
 * provisional). When two cycles were assessed against different models, a characteristic is
 * compared only when both have it, and a roll-up over the characteristics both have in it; the
 * points say so (see {@link TrendFlag}). Pure; the order the assessments are given in does not
 * matter apart from assessments of the same date.
 */
export function cycleTrend(cycles: readonly ScoredCycle[], options: CycleOptions = {}): CycleTrend {
  const views: CycleView[] = orderCycles(cycles, options).map((cycle) => ({
    cycle,
    ref: cycleRef(cycle),
    rollups: rollUpModel(cycle.model, cycle.characteristics),
    members: membersOfRollups(cycle.model),
  }));
  const characteristicIds = new Set<string>();
  for (const view of views)
    for (const c of view.cycle.model.characteristics) characteristicIds.add(c.id);
  const series = (kind: Exclude<RollupKind, 'overall'>) =>
    Object.fromEntries(rollupIds(views, kind).map((id) => [id, rollupSeries(views, kind, id)]));
  return {
    cycles: views.map((v) => v.ref),
    characteristics: Object.fromEntries(
      [...characteristicIds].map((id) => [id, characteristicSeries(views, id)]),
    ),
    subdimensions: series('subdimensions'),
    dimensions: series('dimensions'),
    rollupGroups: series('rollupGroups'),
    overall: rollupSeries(views, 'overall', 'overall'),
  };
}
