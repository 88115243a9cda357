import type { CharacteristicResult } from './characteristic-results.js';

/** Two group medians this many levels apart or more are a "key perception difference" (ISO/TS 37107 5.1). */
export const divergenceThresholdLevels = 2;

/** A characteristic on which stakeholder groups see the city differently. */
export interface DivergenceFlag {
  characteristic: string;
  measure: 'current' | 'target';
  /** The groups with a median, from the lowest median to the highest. */
  groups: string[];
  /** Median of each of those groups. */
  medians: Record<string, number>;
  /** Highest minus lowest group median. */
  spread: number;
  /** The pairs of groups whose medians differ by the threshold or more. */
  pairs: [string, string][];
}

/**
 * Flags every characteristic and measure where two groups' medians differ by
 * {@link divergenceThresholdLevels} levels or more. Suppressed groups (too few respondents) are
 * never compared. Sorted by spread (largest first), then in model order.
 */
export function findDivergence(
  characteristicIds: readonly string[],
  groupResults: ReadonlyMap<string, Readonly<Record<string, CharacteristicResult>>>,
): DivergenceFlag[] {
  const flags: { flag: DivergenceFlag; order: number }[] = [];
  characteristicIds.forEach((id, order) => {
    for (const measure of ['current', 'target'] as const) {
      const medians: { group: string; median: number }[] = [];
      for (const [group, results] of groupResults) {
        const median = results[id]?.[measure].median ?? null;
        if (median !== null) medians.push({ group, median });
      }
      medians.sort((a, b) => a.median - b.median || a.group.localeCompare(b.group));
      const pairs: [string, string][] = [];
      for (let i = 0; i < medians.length; i++) {
        for (let j = i + 1; j < medians.length; j++) {
          const low = medians[i] as { group: string; median: number };
          const high = medians[j] as { group: string; median: number };
          if (high.median - low.median >= divergenceThresholdLevels)
            pairs.push([low.group, high.group]);
        }
      }
      if (pairs.length === 0) continue;
      const first = medians[0] as { median: number };
      const last = medians[medians.length - 1] as { median: number };
      flags.push({
        order,
        flag: {
          characteristic: id,
          measure,
          groups: medians.map((m) => m.group),
          medians: Object.fromEntries(medians.map((m) => [m.group, m.median])),
          spread: last.median - first.median,
          pairs,
        },
      });
    }
  });
  flags.sort((a, b) => b.flag.spread - a.flag.spread || a.order - b.order);
  return flags.map((f) => f.flag);
}
