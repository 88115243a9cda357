import { describe, expect, it } from 'vitest';
import { guidanceFor } from './characteristic-guidance.js';
import { tinyModel, tinyOperatingModel } from '../test-support/tiny-packs.js';

const model = tinyModel();
const ops = tinyOperatingModel();

describe('guidanceFor', () => {
  it('gives the criteria and the generic type description of the next level', () => {
    const g = guidanceFor(model, '1.1.1', 2, ops);
    expect([g.currentLevel, g.nextLevel, g.nextCriteria?.en, g.nextTypeDescription?.en]).toEqual([
      2,
      3,
      '1.1.1 level 3',
      'type a level 3',
    ]);
  });

  it('counts a half-level median as the lower level reached', () => {
    expect(guidanceFor(model, '1.1.1', 2.5, ops).nextLevel).toBe(3);
  });

  it('has no next level at the top level or when the current level is unknown', () => {
    expect([
      guidanceFor(model, '1.1.1', 5, ops).nextLevel,
      guidanceFor(model, '1.1.1', null, ops).nextLevel,
    ]).toEqual([null, null]);
  });

  it('takes components from the supporting documents of the sub-dimension', () => {
    const g = guidanceFor(model, '1.1.2', 1, ops);
    expect(g.components.map((c) => c.code)).toEqual(['V1']);
    expect(g.supportingDocuments.map((d) => d.standards)).toEqual([['X 1']]);
  });

  it('expands a part code in a component link to the components of that part', () => {
    expect(guidanceFor(model, '2.1', 1, ops).components.map((c) => c.code)).toEqual(['B1', 'B2']);
  });

  it('gives other maturity models and local-government functions linked to the characteristic', () => {
    const g = guidanceFor(model, '2.1', 1, ops);
    expect(g.otherModels.map((m) => m.id)).toEqual(['other']);
    expect(g.functions.map((f) => f.name.en)).toEqual(['Public services']);
  });

  it('gives no components without the operating model pack', () => {
    expect(guidanceFor(model, '1.1.2', 1).components).toEqual([]);
  });

  it('rejects an unknown characteristic', () => {
    expect(() => guidanceFor(model, '9.9', 1, ops)).toThrow(RangeError);
  });
});
