import { dayNumber } from './calendar-days.js';

/**
 * Where a KPI stands, judged on its latest actual value:
 * - `achieved`: the latest actual meets the final milestone (in the better direction);
 * - `on-track`: it is no worse than the trajectory expects on its date, within the tolerance;
 * - `off-track`: it is worse than expected by more than the tolerance;
 * - `no-data`: no actual value yet;
 * - `no-trajectory`: values are recorded but there is no milestone to judge them against.
 */
export const kpiStatuses = [
  'achieved',
  'on-track',
  'off-track',
  'no-data',
  'no-trajectory',
] as const;
/** See {@link kpiStatuses}. */
export type KpiStatus = (typeof kpiStatuses)[number];

/** The indicator schemes a KPI may refer to: ISO 37120, 37122, 37123 and the U4SSC KPIs. */
export const kpiIndicatorSchemes = ['iso-37120', 'iso-37122', 'iso-37123', 'u4ssc'] as const;
/** See {@link kpiIndicatorSchemes}. */
export type KpiIndicatorScheme = (typeof kpiIndicatorSchemes)[number];

/** Whether a higher or a lower value is better. */
export type KpiDirection = 'increase' | 'decrease';

/**
 * The tolerance of the off-track flag, as a share of the change the trajectory plans over the
 * stretch (between two of its points) that the actual's date falls in: an actual up to 5 % of
 * that change short of the expected value is still on track.
 */
export const kpiToleranceShare = 0.05;

/** A value on a date (YYYY-MM-DD). */
export interface KpiPoint {
  on: string;
  value: number;
}

/** What a KPI plans: the direction, the baseline and the milestones of its trajectory. */
export interface KpiPlan {
  direction: KpiDirection;
  baseline: KpiPoint | null;
  milestones: readonly KpiPoint[];
}

/** The judgement of a KPI's latest actual value. */
export interface KpiAssessment {
  status: KpiStatus;
  /** The latest actual value (null without any). */
  latest: KpiPoint | null;
  /** The value the trajectory expects on the latest actual's date. */
  expected: number | null;
  /** Latest actual − expected (positive: higher than expected). */
  deviation: number | null;
  /** How far short of the expected value an actual may be and stay on track. */
  tolerance: number | null;
  /** The final milestone. */
  target: KpiPoint | null;
}

/** The planned points: the baseline (if any) then the milestones, by date. */
export function plannedPoints(plan: Pick<KpiPlan, 'baseline' | 'milestones'>): KpiPoint[] {
  const points = [...(plan.baseline ? [plan.baseline] : []), ...plan.milestones];
  return points
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.on.localeCompare(b.p.on) || a.i - b.i)
    .map(({ p }) => p);
}

/** The stretch of the trajectory a date falls in: the points before and after it. */
function stretchOf(points: readonly KpiPoint[], day: number): [KpiPoint, KpiPoint] | null {
  if (points.length < 2) return null;
  for (let i = 0; i < points.length - 1; i++) {
    const to = points[i + 1] as KpiPoint;
    if (day <= dayNumber(to.on)) return [points[i] as KpiPoint, to];
  }
  return [points[points.length - 2] as KpiPoint, points[points.length - 1] as KpiPoint];
}

/**
 * The value the trajectory expects on a date: linear interpolation (by days) between the points
 * around it, from the baseline to the first milestone and between milestones; before the first
 * point, that point's value; after the last milestone, its value. Null without any point.
 */
export function expectedKpiValue(points: readonly KpiPoint[], date: string): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const day = dayNumber(date);
  if (day <= dayNumber(first.on)) return first.value;
  if (day >= dayNumber(last.on)) return last.value;
  const stretch = stretchOf(points, day);
  if (!stretch) return last.value;
  const [from, to] = stretch;
  const start = dayNumber(from.on);
  const length = dayNumber(to.on) - start;
  if (length <= 0) return to.value;
  return from.value + ((to.value - from.value) * (day - start)) / length;
}

/**
 * The tolerance on a date: {@link kpiToleranceShare} of the change planned over the stretch the
 * date falls in (before the first point: the first stretch; after the last: the last). Where
 * the stretch plans no change (a value to hold), 5 % of the expected value itself.
 */
export function kpiTolerance(points: readonly KpiPoint[], date: string): number {
  const stretch = stretchOf(points, dayNumber(date));
  const planned = stretch ? Math.abs(stretch[1].value - stretch[0].value) : 0;
  if (planned > 0) return kpiToleranceShare * planned;
  return kpiToleranceShare * Math.abs(expectedKpiValue(points, date) ?? 0);
}

/** How much worse than `expected` a value is (positive: worse), in the KPI's direction. */
function shortfall(direction: KpiDirection, value: number, expected: number): number {
  return direction === 'increase' ? expected - value : value - expected;
}

/**
 * Judges a KPI on its latest actual value (see {@link KpiStatus}): against the final milestone
 * first (met → `achieved`), then against the value the trajectory expects on the actual's date
 * with the tolerance of {@link kpiTolerance}. Flipping the direction and the sign of every value
 * gives the same status.
 */
export function assessKpi(plan: KpiPlan, actuals: readonly KpiPoint[]): KpiAssessment {
  const latest = actuals.reduce<KpiPoint | null>(
    (a, b) => (a === null || b.on > a.on ? b : a),
    null,
  );
  const points = plannedPoints(plan);
  const milestones = plannedPoints({ baseline: null, milestones: plan.milestones });
  const target = milestones[milestones.length - 1] ?? null;
  const none = { latest, expected: null, deviation: null, tolerance: null, target };
  if (!latest) return { status: 'no-data', ...none };
  if (!target) return { status: 'no-trajectory', ...none };
  const expected = expectedKpiValue(points, latest.on) as number;
  const tolerance = kpiTolerance(points, latest.on);
  const judged = { latest, expected, deviation: latest.value - expected, tolerance, target };
  if (shortfall(plan.direction, latest.value, target.value) <= 0)
    return { status: 'achieved', ...judged };
  const status =
    shortfall(plan.direction, latest.value, expected) > tolerance ? 'off-track' : 'on-track';
  return { status, ...judged };
}

/** Why a KPI's plan cannot be used: a milestone not after the baseline, or not after the one before. */
export interface KpiPlanProblem {
  /** Index of the offending milestone. */
  index: number;
  problem: 'not-after-baseline' | 'not-after-previous';
}

/**
 * Checks that a KPI's milestones are in strict date order and after the baseline's date (the
 * trajectory starts from the baseline); null when they are.
 */
export function kpiPlanProblem(
  plan: Pick<KpiPlan, 'baseline' | 'milestones'>,
): KpiPlanProblem | null {
  for (const [index, milestone] of plan.milestones.entries()) {
    const previous = plan.milestones[index - 1];
    if (previous && milestone.on <= previous.on) return { index, problem: 'not-after-previous' };
    if (plan.baseline && milestone.on <= plan.baseline.on)
      return { index, problem: 'not-after-baseline' };
  }
  return null;
}
