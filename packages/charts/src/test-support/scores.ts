import { scoreAssessment, type AssessmentScore, type RatingValue } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks, type ModelIndex } from '@citymaturity/model';

/** The bundled MMSSC model, indexed. */
export async function bundledModel(): Promise<ModelIndex> {
  return indexMaturityModel((await loadBundledPacks()).mmssc);
}

/** A rating pair: [current, target]. */
export type Pair = readonly [RatingValue, RatingValue];

/**
 * Scores respondents who each rate every characteristic of the model with `fallback`, except the
 * characteristics given in their `ratings`.
 */
export function scoreOf(
  model: ModelIndex,
  respondents: readonly { ratings?: Readonly<Record<string, Pair>>; fallback?: Pair }[],
): AssessmentScore {
  return scoreAssessment(
    {
      respondents: respondents.map((r, i) => ({
        id: `r${i + 1}`,
        ratings: Object.fromEntries(
          model.characteristics.map((c) => {
            const [current, target] = r.ratings?.[c.id] ?? r.fallback ?? [2, 3];
            return [c.id, { current, target }];
          }),
        ),
      })),
    },
    model,
  );
}
