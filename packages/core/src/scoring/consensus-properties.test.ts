import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strengthsAndWeaknesses } from '../guidance/strengths-and-weaknesses.js';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import type { ConsensusLevels } from './official-levels.js';
import type { RatingValue, ScorableRespondent } from './tally.js';

const model = tinyModel();
const ids = model.characteristics.map((c) => c.id);

const ratingValue = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constant('unknown' as const) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const respondents = fc.array(
  fc.record({
    group: fc.constantFrom('local-government', 'residents', 'academia'),
    values: fc.array(fc.tuple(ratingValue, ratingValue), {
      minLength: ids.length,
      maxLength: ids.length,
    }),
  }),
  { minLength: 1, maxLength: 10 },
);
const toRespondents = (
  list: { group: string; values: [unknown, unknown][] }[],
): ScorableRespondent[] =>
  list.map(({ group, values }, i) => ({
    id: `r${String(i)}`,
    group,
    ratings: Object.fromEntries(
      ids.map((id, j) => [
        id,
        {
          current: values[j]?.[0] as RatingValue,
          target: values[j]?.[1] as RatingValue,
        },
      ]),
    ),
  }));
const agreedLevel = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constant('unknown' as const) },
);
/** A consensus item for every characteristic, all agreed. */
const fullConsensus = fc
  .array(fc.tuple(agreedLevel, agreedLevel), { minLength: ids.length, maxLength: ids.length })
  .map((pairs) =>
    Object.fromEntries(ids.map((id, i) => [id, { current: pairs[i]?.[0], target: pairs[i]?.[1] }])),
  );
/** Some characteristics agreed, some reopened, some never discussed. */
const partialConsensus = fc
  .array(
    fc.oneof(
      fc.tuple(agreedLevel, agreedLevel).map(([current, target]) => ({ current, target })),
      fc.constant({ current: null, target: null }),
      fc.constant(undefined),
    ),
    { minLength: ids.length, maxLength: ids.length },
  )
  .map((items) => {
    const consensus: Record<string, ConsensusLevels> = {};
    ids.forEach((id, i) => {
      const item = items[i];
      if (item) consensus[id] = item;
    });
    return consensus;
  });

const officialParts = (score: ReturnType<typeof scoreAssessment>) => ({
  subdimensions: score.subdimensions,
  dimensions: score.dimensions,
  rollupGroups: score.rollupGroups,
  overall: score.overall,
  priorities: score.priorities,
});

describe('consensus properties', () => {
  it('with every characteristic agreed, the roll-ups and priorities are those of the consensus alone, whatever the ratings', () => {
    fc.assert(
      fc.property(respondents, fullConsensus, (list, consensus) => {
        const withRatings = scoreAssessment({ respondents: toRespondents(list), consensus }, model);
        // The consensus rated as if by one respondent: its medians are the agreed levels.
        const alone = scoreAssessment(
          { respondents: [{ id: 'consensus', ratings: consensus }] },
          model,
        );
        expect(officialParts(withRatings)).toEqual(officialParts(alone));
      }),
    );
  });

  it('never changes the statistics of the individual ratings, the groups, divergence or alpha', () => {
    fc.assert(
      fc.property(respondents, partialConsensus, (list, consensus) => {
        const rs = toRespondents(list);
        const plain = scoreAssessment({ respondents: rs }, model, { minGroupSize: 2 });
        const agreed = scoreAssessment({ respondents: rs, consensus }, model, { minGroupSize: 2 });
        for (const id of ids) {
          expect(agreed.characteristics[id]?.current).toEqual(plain.characteristics[id]?.current);
          expect(agreed.characteristics[id]?.target).toEqual(plain.characteristics[id]?.target);
        }
        expect(agreed.stakeholderGroups).toEqual(plain.stakeholderGroups);
        expect(agreed.divergence).toEqual(plain.divergence);
        expect(agreed.alpha).toEqual(plain.alpha);
      }),
    );
  });

  it('keeps the medians of characteristics without an agreed item as their official levels', () => {
    fc.assert(
      fc.property(respondents, partialConsensus, (list, consensus) => {
        const rs = toRespondents(list);
        const plain = scoreAssessment({ respondents: rs }, model);
        const agreed = scoreAssessment({ respondents: rs, consensus }, model);
        for (const id of ids) {
          if (agreed.characteristics[id]?.consensus) continue;
          expect(agreed.characteristics[id]).toEqual(plain.characteristics[id]);
        }
      }),
    );
  });

  it('lists as strengths and weaknesses only characteristics whose official level qualifies', () => {
    fc.assert(
      fc.property(respondents, partialConsensus, (list, consensus) => {
        const score = scoreAssessment({ respondents: toRespondents(list), consensus }, model);
        const { strengths, weaknesses } = strengthsAndWeaknesses(model, score.characteristics);
        for (const s of strengths) expect(s.current).toBeGreaterThanOrEqual(3);
        for (const w of weaknesses) expect(w.current).toBeLessThanOrEqual(2);
        for (const s of [...strengths, ...weaknesses]) {
          const item = score.characteristics[s.characteristic];
          expect(s.current).toBe(item?.consensus ? item.consensus.current : item?.current.median);
        }
      }),
    );
  });

  it('counts as agreed exactly the items with both levels', () => {
    fc.assert(
      fc.property(respondents, partialConsensus, (list, consensus) => {
        const score = scoreAssessment({ respondents: toRespondents(list), consensus }, model);
        const agreed = ids.filter((id) => {
          const item = consensus[id];
          return item !== undefined && item.current !== null && item.target !== null;
        }).length;
        expect(score.consensus).toEqual({ agreed, total: ids.length });
      }),
    );
  });
});
