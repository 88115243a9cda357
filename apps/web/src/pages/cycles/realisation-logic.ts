import {
  realisationChartStatuses,
  type RealisationBar,
  type RealisationChartStatus,
} from '@citymaturity/charts';
import { stageFeatures } from '@citymaturity/core';
import type { MaturityModelPack, ModelIndex, Quote, TextLanguage } from '@citymaturity/model';
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

/**
 * The passages of the standard the plan realisation draws on, as the model pack quotes them (at
 * the improvement stage whose features include the plan realisation), each with the designation
 * of its document; none when the pack quotes none.
 */
export function planRealisationQuotes(
  pack: MaturityModelPack,
): { quote: Quote; designation: string }[] {
  const stage = (pack.improvement_stages ?? []).find((s) =>
    stageFeatures[s.id]?.includes('plan-realisation'),
  );
  return (stage?.quotes ?? []).map((quote) => ({
    quote,
    designation:
      pack.meta.documents.find((d) => d.id === quote.source.doc)?.designation ?? quote.source.doc,
  }));
}
