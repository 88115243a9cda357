import { officialLevels } from '../scoring/official-levels.js';
import { roundTo } from '../statistics/rounding.js';
import {
  cycleRef,
  orderCycles,
  type CycleOptions,
  type CycleRef,
  type ScoredCycle,
} from './cycle.js';

/**
 * What became of the level a characteristic was planned to reach at the previous cycle (its
 * target, "the level planned in two years") by this cycle (its current level):
 * - `reached`: current ≥ planned;
 * - `partly`: it rose, but stays below the plan;
 * - `not-reached`: a rise was planned and there was none;
 * - `fell-back`: the current level is below the previous current level (planned or not);
 * - `no-plan`: the previous target is missing or not above the previous current level;
 * - `unknown`: a level needed to judge is missing (see `reason`).
 */
export const realisationStatuses = [
  'reached',
  'partly',
  'not-reached',
  'fell-back',
  'no-plan',
  'unknown',
] as const;
/** See {@link realisationStatuses}. */
export type RealisationStatus = (typeof realisationStatuses)[number];

/** Why a characteristic's realisation is unknown. */
export const unknownReasons = [
  'not-in-previous-model',
  'no-previous-current',
  'no-current',
] as const;
/** See {@link unknownReasons}. */
export type UnknownReason = (typeof unknownReasons)[number];

/** The official levels a rule compares: the previous cycle's current and target, this cycle's current. */
export interface RealisationLevels {
  previousCurrent: number | null;
  previousTarget: number | null;
  current: number | null;
}

/**
 * The realisation status of one characteristic (see {@link RealisationStatus}). A fall below the
 * previous level is reported as such whether or not a rise was planned: it is what the city most
 * needs to see. Otherwise a missing or non-rising plan is `no-plan` even when a level is missing.
 */
export function realisationStatus(levels: RealisationLevels): {
  status: RealisationStatus;
  reason?: UnknownReason;
} {
  const { previousCurrent: before, previousTarget: planned, current: now } = levels;
  if (before !== null && now !== null && now < before) return { status: 'fell-back' };
  if (planned === null) return { status: 'no-plan' };
  if (before === null) return { status: 'unknown', reason: 'no-previous-current' };
  if (planned <= before) return { status: 'no-plan' };
  if (now === null) return { status: 'unknown', reason: 'no-current' };
  if (now >= planned) return { status: 'reached' };
  if (now > before) return { status: 'partly' };
  return { status: 'not-reached' };
}

/** One characteristic's plan against what was reached. */
export interface CharacteristicRealisation {
  characteristicId: string;
  dimensionId: string;
  subdimensionId: string;
  status: RealisationStatus;
  /** Why the status is `unknown`. */
  reason?: UnknownReason;
  /** The previous cycle's official levels (its target is the plan). */
  previous: { current: number | null; target: number | null };
  /** This cycle's official levels (its target is the next plan). */
  now: { current: number | null; target: number | null };
  /** The rise planned: previous target − previous current; null when either is missing. */
  plannedRise: number | null;
  /** The rise achieved: current − previous current; null when either is missing. */
  achievedRise: number | null;
  /** Levels still missing to the plan (planned − current) when a rise was planned and not reached. */
  shortfall: number | null;
}

/**
 * How the time between the cycles compares with the two-year horizon of the plan:
 * `as-planned` within {@link planToleranceMonths} of it, otherwise `shorter` or `longer`.
 */
export const elapsedFlags = ['as-planned', 'shorter', 'longer'] as const;
/** See {@link elapsedFlags}. */
export type ElapsedFlag = (typeof elapsedFlags)[number];

/** The horizon of the target level: "the level planned in two years" (ISO/TS 37107 表 A.1). */
export const planHorizonMonths = 24;
/** How far (in months) the time between two cycles may be from the plan's horizon and still count as two years. */
export const planToleranceMonths = 6;

const daysPerMonth = 365.2425 / 12;

/** The time between two dates (ISO yyyy-mm-dd) and how it compares with the plan's horizon. */
export function elapsedBetween(
  from: string,
  to: string,
): { days: number; months: number; flag: ElapsedFlag } {
  const days = Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000,
  );
  const months = roundTo(days / daysPerMonth, 1);
  const flag: ElapsedFlag =
    months < planHorizonMonths - planToleranceMonths
      ? 'shorter'
      : months > planHorizonMonths + planToleranceMonths
        ? 'longer'
        : 'as-planned';
  return { days, months, flag };
}

/** The plan made at the previous cycle against this cycle. */
export interface PlanRealisation {
  previous: CycleRef;
  current: CycleRef;
  elapsed: { days: number; months: number; flag: ElapsedFlag };
  /** Every characteristic of this cycle's model, in model order. */
  characteristics: CharacteristicRealisation[];
  counts: Record<RealisationStatus, number>;
  byDimension: Record<string, Record<RealisationStatus, number>>;
  /**
   * The improvements planned and not reached (ISO/TS 37107: assessing the target "also evaluates
   * problems in existing improvement plans"): a rise was planned and the current level stays below
   * the plan (`partly`, `not-reached`, or `fell-back`), the largest shortfall first, then model order.
   */
  notReached: CharacteristicRealisation[];
  /** Characteristics of the previous cycle's model that this cycle's model does not have. */
  notCompared: string[];
}

const zeroCounts = (): Record<RealisationStatus, number> =>
  Object.fromEntries(realisationStatuses.map((s) => [s, 0])) as Record<RealisationStatus, number>;

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * The realisation of the plan made at `previous` by `current`: per characteristic of the current
 * cycle's model its status (see {@link realisationStatus}), counts per status overall and per
 * dimension, the improvements planned and not reached, and the time elapsed between the cycles
 * against the plan's two-year horizon. Official levels throughout (consensus, or medians).
 */
export function planRealisation(previous: ScoredCycle, current: ScoredCycle): PlanRealisation {
  const characteristics = current.model.characteristics.map((c): CharacteristicRealisation => {
    const inPrevious = previous.model.characteristicById.has(c.id);
    const before = inPrevious
      ? officialLevels(previous.characteristics[c.id])
      : { current: null, target: null };
    const now = officialLevels(current.characteristics[c.id]);
    const judged = inPrevious
      ? realisationStatus({
          previousCurrent: before.current,
          previousTarget: before.target,
          current: now.current,
        })
      : { status: 'unknown' as const, reason: 'not-in-previous-model' as const };
    const plannedRise = minus(before.target, before.current);
    const planned = plannedRise !== null && plannedRise > 0;
    const shortfall = planned && now.current !== null ? minus(before.target, now.current) : null;
    return {
      characteristicId: c.id,
      dimensionId: c.dimensionId,
      subdimensionId: c.subdimensionId,
      ...judged,
      previous: { current: before.current, target: before.target },
      now: { current: now.current, target: now.target },
      plannedRise,
      achievedRise: minus(now.current, before.current),
      shortfall: shortfall !== null && shortfall > 0 ? shortfall : null,
    };
  });
  const counts = zeroCounts();
  const byDimension: Record<string, Record<RealisationStatus, number>> = {};
  for (const d of current.model.pack.dimensions) byDimension[d.id] = zeroCounts();
  for (const c of characteristics) {
    counts[c.status] += 1;
    const dimension = byDimension[c.dimensionId];
    if (dimension) dimension[c.status] += 1;
  }
  const order = new Map(current.model.characteristics.map((c) => [c.id, c.order]));
  const notReached = characteristics
    .filter((c) => c.shortfall !== null)
    .sort(
      (a, b) =>
        (b.shortfall ?? 0) - (a.shortfall ?? 0) ||
        (order.get(a.characteristicId) ?? 0) - (order.get(b.characteristicId) ?? 0),
    );
  return {
    previous: cycleRef(previous),
    current: cycleRef(current),
    elapsed: elapsedBetween(previous.date, current.date),
    characteristics,
    counts,
    byDimension,
    notReached,
    notCompared: previous.model.characteristics
      .filter((c) => !current.model.characteristicById.has(c.id))
      .map((c) => c.id),
  };
}

/**
 * The cycle before `assessmentId` among `cycles`: the latest one in cycle order (by date;
 * submitted ones, or drafts too when asked for) that comes before it. Undefined for the first cycle.
 * The assessment itself need not count as a cycle (a draft can be compared with the last one).
 */
export function previousCycleOf<T extends Pick<ScoredCycle, 'assessmentId' | 'date' | 'status'>>(
  cycles: readonly T[],
  assessmentId: string,
  options: CycleOptions = {},
): T | undefined {
  const self = cycles.find((c) => c.assessmentId === assessmentId);
  if (!self) return undefined;
  // The assessment itself takes its place by date whatever its status.
  const ordered = orderCycles(cycles, { includeDrafts: true }).filter(
    (c) => c === self || options.includeDrafts === true || c.status === 'submitted',
  );
  const position = ordered.indexOf(self);
  return position > 0 ? ordered[position - 1] : undefined;
}

/** Why two assessments cannot be compared as previous and current cycle, or null. */
export type PlanComparisonRefusal = 'same-assessment' | 'previous-not-earlier';

/** The previous cycle must be another assessment dated no later than the current one. */
export function planComparisonRefusal(
  previous: Pick<ScoredCycle, 'assessmentId' | 'date'>,
  current: Pick<ScoredCycle, 'assessmentId' | 'date'>,
): PlanComparisonRefusal | null {
  if (previous.assessmentId === current.assessmentId) return 'same-assessment';
  if (previous.date > current.date) return 'previous-not-earlier';
  return null;
}
