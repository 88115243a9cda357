// Cycles for the tests of the cycle rules: assessments of one city scored with the real rules.
import { indexMaturityModel, type ModelIndex } from '@citymaturity/model';
import type { ScoredCycle } from '../cycles/cycle.js';
import { scoreAssessment } from '../score-assessment.js';
import type { ConsensusLevels } from '../scoring/official-levels.js';
import type { RatingValue } from '../scoring/tally.js';

/** Levels of one characteristic: `[current, target]` (a level, "unknown", or null: not answered). */
export type LevelPair = readonly [RatingValue, RatingValue];

/**
 * A cycle scored from one respondent's ratings (so each official level is that rating), or from
 * several respondents' (`ratings` as a list), or with a workshop's consensus.
 */
export function scoredCycle(
  model: ModelIndex,
  assessmentId: string,
  date: string,
  ratings: Readonly<Record<string, LevelPair>> | readonly Readonly<Record<string, LevelPair>>[],
  options: {
    status?: 'draft' | 'submitted';
    consensus?: Record<string, ConsensusLevels>;
    modelVersion?: string;
  } = {},
): ScoredCycle {
  const list = Array.isArray(ratings)
    ? (ratings as readonly Readonly<Record<string, LevelPair>>[])
    : [ratings as Readonly<Record<string, LevelPair>>];
  const score = scoreAssessment(
    {
      respondents: list.map((r, i) => ({
        id: `r${String(i)}`,
        ratings: Object.fromEntries(
          Object.entries(r).map(([id, [current, target]]) => [id, { current, target }]),
        ),
      })),
      ...(options.consensus ? { consensus: options.consensus } : {}),
    },
    model,
  );
  return {
    assessmentId,
    date,
    status: options.status ?? 'submitted',
    model,
    ...(options.modelVersion ? { modelVersion: options.modelVersion } : {}),
    characteristics: score.characteristics,
  };
}

/**
 * A later version of a model without one characteristic and with a new one in the same
 * sub-dimension (for comparisons across model versions).
 */
export function revisedModel(
  model: ModelIndex,
  removed: string,
  added: { id: string; subdimension: string },
  version = '9.0.0',
): ModelIndex {
  const pack = structuredClone(model.pack);
  pack.meta.version = version;
  for (const dimension of pack.dimensions)
    for (const sub of dimension.subdimensions) {
      const template = sub.characteristics[0];
      sub.characteristics = sub.characteristics.filter((c) => c.id !== removed);
      if (sub.id === added.subdimension && template)
        sub.characteristics.push({ ...structuredClone(template), id: added.id });
    }
  return indexMaturityModel(pack);
}
