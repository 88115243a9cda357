import type { RiskBand as ChartBand, RiskGridCell } from '@citymaturity/charts';
import type { BandCounts, Risk, RiskBand, RiskRegister } from '../../../api/programme-risks.js';

// Pure rules of the risk register page: the bands as the API floors them, the heat grid's cells,
// the band of a score being edited, and the register's order.

/** The bands, lowest first. */
export const bandOrder: readonly RiskBand[] = ['low', 'medium', 'high', 'critical'];

/** Likelihood and impact run 1–5. */
export const riskLevels = [1, 2, 3, 4, 5] as const;

/**
 * The bands as score ranges from the API's floors (low 1, medium 5, high 10, critical 20): each
 * runs to the next floor minus one, the last to 25; labelled in the interface language.
 */
export function bandsFromFloors(
  floors: BandCounts,
  label: (band: RiskBand) => string,
): ChartBand[] {
  return bandOrder.map((id, i) => {
    const next = bandOrder[i + 1];
    return { id, min: floors[id], max: next ? floors[next] - 1 : 25, label: label(id) };
  });
}

/** The band of a score by the API's floors (the highest floor at or below it). */
export function bandOfScore(score: number, floors: BandCounts): RiskBand {
  let band: RiskBand = 'low';
  for (const b of bandOrder) if (score >= floors[b]) band = b;
  return band;
}

/** The heat grid's cells from the API's `grid[likelihood - 1][impact - 1]` counts. */
export function riskGridCells(grid: RiskRegister['summary']['grid']): RiskGridCell[] {
  return grid.flatMap((row, l) =>
    row.map((count, i) => ({ likelihood: l + 1, impact: i + 1, count })),
  );
}

/**
 * The register's order: active risks (open, mitigating) before closed ones, then the highest score
 * first, then the title.
 */
export function sortRisks(risks: readonly Risk[]): Risk[] {
  return [...risks].sort(
    (a, b) =>
      Number(a.status === 'closed') - Number(b.status === 'closed') ||
      b.score - a.score ||
      a.title.localeCompare(b.title),
  );
}
