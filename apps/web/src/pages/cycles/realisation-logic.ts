import {
  realisationChartStatuses,
  type RealisationBar,
  type RealisationChartStatus,
} from '@citymaturity/charts';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import type { CharacteristicRealisation, PlanRealisation, StatusCounts } from '../../api/cycles.js';

/** The statuses in the order the page lists them (best first). */
export const statusOrder: readonly RealisationChartStatus[] = realisationChartStatuses;

/** The bars of the chart: every characteristic, then each dimension of the model. */
export function realisationBars(
  plan: PlanRealisation,
  model: ModelIndex,
  lang: TextLanguage,
  allLabel: string,
): RealisationBar[] {
  return [
    { label: allLabel, counts: plan.counts },
    ...model.pack.dimensions
      .filter((d) => plan.byDimension[d.id])
      .map((d) => ({
        label: `${d.id} ${d.name[lang]}`,
        counts: plan.byDimension[d.id] as StatusCounts,
      })),
  ];
}

/** The total of a set of counts. */
export function countTotal(counts: StatusCounts): number {
  return statusOrder.reduce((sum, s) => sum + counts[s], 0);
}

/** The characteristics of one dimension, in the order the API gives (model order). */
export function byDimension(
  plan: PlanRealisation,
  model: ModelIndex,
): { dimensionId: string; rows: CharacteristicRealisation[] }[] {
  return model.pack.dimensions
    .map((d) => ({
      dimensionId: d.id,
      rows: plan.characteristics.filter((c) => c.dimensionId === d.id),
    }))
    .filter((group) => group.rows.length > 0);
}

/** The earlier cycles one may compare with: assessments dated no later than this one, newest first. */
export function previousChoices<T extends { assessmentId: string; date: string }>(
  cycles: readonly T[],
  current: { assessmentId: string; date: string },
): T[] {
  return cycles
    .filter((c) => c.assessmentId !== current.assessmentId && c.date <= current.date)
    .reverse();
}
