/** What a planned change from the current level to the level planned in two years can be flagged as. */
export type PlanFlag = 'target-below-current' | 'ambitious-target';

/** More than this many levels of planned rise within two years is flagged as ambitious. */
export const ambitiousRiseLevels = 2;

/**
 * Checks a plan: a target below the current level is a warning (a planned decline, or an error
 * in the answers); a target more than {@link ambitiousRiseLevels} levels above the current one
 * is flagged as ambitious for two years. Works on single ratings and on medians alike.
 * @returns the flag, or null when the plan raises no flag or a value is missing
 */
export function checkPlan(
  current: number | null | undefined,
  target: number | null | undefined,
): PlanFlag | null {
  if (current === null || current === undefined || target === null || target === undefined)
    return null;
  if (target < current) return 'target-below-current';
  if (target - current > ambitiousRiseLevels) return 'ambitious-target';
  return null;
}
