import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import type { RatingValue, ScorableRespondent } from '../scoring/tally.js';
import { tallyRatings } from '../scoring/tally.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import {
  characteristicResults,
  talliesFromCounts,
  type CharacteristicCounts,
} from './cycle-scoring.js';

const model = tinyModel();
const ids = model.characteristics.map((c) => c.id);

/** Counts the ratings per characteristic as the storage does (levels and "don't know" only). */
function countsOf(respondents: readonly ScorableRespondent[]) {
  const counts: Record<string, CharacteristicCounts> = {};
  const add = (m: { levels: Record<number, number>; unknown: number }, v: RatingValue) => {
    if (v === 'unknown') m.unknown += 1;
    else if (typeof v === 'number') m.levels[v] = (m.levels[v] ?? 0) + 1;
  };
  for (const r of respondents)
    for (const [id, rating] of Object.entries(r.ratings)) {
      const c = (counts[id] ??= {
        current: { levels: {}, unknown: 0 },
        target: { levels: {}, unknown: 0 },
      });
      add(c.current, rating?.current);
      add(c.target, rating?.target);
    }
  return counts;
}

describe('talliesFromCounts', () => {
  it('counts as missing every respondent without a level or "don\'t know"', () => {
    const tallies = talliesFromCounts(model, 5, {
      '1.1.1': {
        current: { levels: { 2: 2, 4: 1 }, unknown: 1 },
        target: { levels: {}, unknown: 0 },
      },
    });
    expect(tallies[0]).toEqual({
      current: { counts: [0, 2, 0, 1, 0], unknown: 1, missing: 1 },
      target: { counts: [0, 0, 0, 0, 0], unknown: 0, missing: 5 },
    });
  });

  it('treats a level the model does not have as no answer', () => {
    const tallies = talliesFromCounts(model, 2, {
      '1.1.1': {
        current: { levels: { 7: 1, 3: 1 }, unknown: 0 },
        target: { levels: {}, unknown: 0 },
      },
    });
    expect(tallies[0]?.current).toEqual({ counts: [0, 0, 1, 0, 0], unknown: 0, missing: 1 });
  });
});

describe('characteristicResults', () => {
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 1, arbitrary: fc.constant<RatingValue>('unknown') },
    { weight: 1, arbitrary: fc.constant<RatingValue>(null) },
  );
  const respondents = fc.array(
    fc.array(fc.option(fc.tuple(value, value), { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    }),
    { maxLength: 12 },
  );
  const consensus = fc.option(
    fc.array(fc.option(fc.tuple(value, value), { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    }),
    { nil: undefined },
  );

  it('gives exactly the characteristics scoreAssessment gives, from the counts alone', () => {
    fc.assert(
      fc.property(respondents, consensus, (list, agreed) => {
        const scorable: ScorableRespondent[] = list.map((answers, i) => ({
          id: `r${String(i)}`,
          ratings: Object.fromEntries(
            ids.flatMap((id, j) => {
              const a = answers[j];
              return a ? [[id, { current: a[0], target: a[1] }]] : [];
            }),
          ),
        }));
        const items = agreed
          ? Object.fromEntries(
              ids.flatMap((id, j) => {
                const a = agreed[j];
                return a ? [[id, { current: a[0], target: a[1] }]] : [];
              }),
            )
          : undefined;
        const expected = scoreAssessment(
          { respondents: scorable, ...(items ? { consensus: items } : {}) },
          model,
        ).characteristics;
        const tallies = talliesFromCounts(model, scorable.length, countsOf(scorable));
        expect(tallies).toEqual(tallyRatings(scorable, model).overall);
        expect(characteristicResults(model, tallies, items)).toEqual(expected);
      }),
    );
  });
});
