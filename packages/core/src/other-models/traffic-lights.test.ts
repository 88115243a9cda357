import fc from 'fast-check';
import { indexMaturityModel, type ModelIndex, type OtherModel } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { mappedLevel, reachedLevel, trafficLights, type MappedLevel } from './traffic-lights.js';

const text = (en: string) => ({ zh: `${en}（中）`, en });
const light = (id: string, approximate: number): MappedLevel => ({
  id,
  name: text(id),
  description: text(`${id} means …`),
  approximate_level: approximate,
});
/** ISO 18091's mapping as table 4 gives it, listed out of order on purpose. */
const lights = { level_mapping: [light('green', 3), light('red', 1), light('yellow', 2)] };

describe('reachedLevel', () => {
  it('counts a half-level median as the lower level reached', () => {
    expect([reachedLevel(2.5), reachedLevel(3), reachedLevel(null)]).toEqual([2, 3, null]);
  });
});

describe('mappedLevel', () => {
  it('maps levels 1, 2 and 3 to red, yellow and green', () => {
    expect([1, 2, 3].map((l) => mappedLevel(lights, l)?.id)).toEqual(['red', 'yellow', 'green']);
  });

  it('maps the levels above the top of the mapping (4 and 5) to its top level', () => {
    expect([4, 5].map((l) => mappedLevel(lights, l)?.id)).toEqual(['green', 'green']);
  });

  it('maps a median of 2.5 by the level reached (2: yellow)', () => {
    expect(mappedLevel(lights, 2.5)?.id).toBe('yellow');
  });

  it('gives nothing without a level, without a mapping, or below the lowest mapped level', () => {
    expect([
      mappedLevel(lights, null),
      mappedLevel({}, 3),
      mappedLevel({ level_mapping: [light('amber', 2)] }, 1),
    ]).toEqual([null, null, null]);
  });

  it('never maps a higher level to a lower mapped level, nor above the level reached', () => {
    const level = fc.integer({ min: 1, max: 50 }).map((n) => n / 10);
    fc.assert(
      fc.property(level, level, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowLight = mappedLevel(lights, low);
        const highLight = mappedLevel(lights, high);
        expect(lowLight?.approximate_level ?? 0).toBeLessThanOrEqual(
          highLight?.approximate_level ?? 0,
        );
        expect(highLight?.approximate_level ?? 0).toBeLessThanOrEqual(Math.floor(high));
      }),
    );
  });
});

/** The tiny model with an other model that maps three levels onto the purposes (dimension 2). */
function modelWithLights(): ModelIndex {
  const tiny = tinyModel();
  const other: OtherModel = {
    ...(tiny.pack.other_models?.[0] as OtherModel),
    level_mapping: lights.level_mapping,
  };
  return indexMaturityModel({
    ...tiny.pack,
    other_models: [other, { ...other, id: 'no-mapping', level_mapping: undefined }],
  });
}

describe('trafficLights', () => {
  const model = modelWithLights();
  const score = scoreAssessment(
    {
      respondents: [
        {
          id: 'r1',
          ratings: { '2.1': { current: 2, target: 4 }, '1.1.1': { current: 1, target: 1 } },
        },
      ],
    },
    model,
  );

  it('lists only the other models that map their levels', () => {
    expect(trafficLights(model, score.characteristics).map((l) => l.model.id)).toEqual(['other']);
  });

  it('gives the mapping lowest level first', () => {
    expect(trafficLights(model, score.characteristics)[0]?.levels.map((l) => l.id)).toEqual([
      'red',
      'yellow',
      'green',
    ]);
  });

  it('gives each targeted characteristic its levels and their lights', () => {
    const [row] = trafficLights(model, score.characteristics)[0]?.rows ?? [];
    expect({
      id: row?.characteristic,
      current: row?.current,
      target: row?.target,
      basis: row?.basis,
      now: row?.currentLight?.id,
      planned: row?.targetLight?.id,
    }).toEqual({
      id: '2.1',
      current: 2,
      target: 4,
      basis: 'ratings',
      now: 'yellow',
      planned: 'green',
    });
  });

  it('gives the characteristic the local-government functions Annex C links to it', () => {
    const [row] = trafficLights(model, score.characteristics)[0]?.rows ?? [];
    expect(row?.functions.map((f) => `${f.table} ${String(f.number)} ${f.name.en}`)).toEqual([
      'A.1 1 Public services',
    ]);
  });

  it('uses the consensus of a workshop as the official level', () => {
    const agreed = scoreAssessment(
      {
        respondents: [{ id: 'r1', ratings: { '2.1': { current: 2, target: 4 } } }],
        consensus: { '2.1': { current: 1, target: 3 } },
      },
      model,
    );
    const [row] = trafficLights(model, agreed.characteristics)[0]?.rows ?? [];
    expect([row?.basis, row?.currentLight?.id, row?.targetLight?.id]).toEqual([
      'consensus',
      'red',
      'green',
    ]);
  });

  it('has no light for a characteristic nobody rated', () => {
    const [row] = trafficLights(model, {})[0]?.rows ?? [];
    expect([row?.current, row?.currentLight, row?.targetLight]).toEqual([null, null, null]);
  });
});
