import { indexMaturityModel, type OtherModel } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { otherModelRows } from './other-model-rows.js';

const tiny = tinyModel();
const other = tiny.pack.other_models?.[0] as OtherModel;
const model = indexMaturityModel({
  ...tiny.pack,
  other_models: [other, { ...other, id: 'mixed', targets: ['1.1', '2.1', '9.9'] }],
});
const score = scoreAssessment(
  {
    respondents: [
      {
        id: 'r1',
        ratings: {
          '1.1.1': { current: 1, target: 3 },
          '1.1.2': { current: 2, target: 3 },
          '2.1': { current: 3, target: 4 },
        },
      },
    ],
  },
  model,
);

describe('otherModelRows', () => {
  const rows = otherModelRows(model, score);

  it('gives every other model of table 4, in pack order', () => {
    expect(rows.map((r) => r.model.id)).toEqual(['other', 'mixed']);
  });

  it('gives a dimension target its roll-up and its characteristics', () => {
    const [target] = rows[0]?.targets ?? [];
    expect([
      target?.kind,
      target?.current,
      target?.target,
      target?.characteristics.map((c) => c.characteristic),
    ]).toEqual(['dimension', 3, 4, ['2.1']]);
  });

  it('gives a sub-dimension the mean of its characteristics, one decimal', () => {
    const sub = rows[1]?.targets[0];
    expect([sub?.kind, sub?.current, sub?.target, sub?.gap]).toEqual(['subdimension', 1.5, 3, 1.5]);
  });

  it('counts a purpose id as the characteristic, with its official levels', () => {
    const purpose = rows[1]?.targets[1];
    expect([purpose?.kind, purpose?.current, purpose?.gap, purpose?.characteristics]).toEqual([
      'characteristic',
      3,
      1,
      [],
    ]);
  });

  it('leaves a target the model does not have out', () => {
    expect(rows[1]?.targets.map((t) => t.id)).toEqual(['1.1', '2.1']);
  });
});
