import {
  indexMaturityModel,
  loadBundledPacks,
  type BundledPacks,
  type ModelIndex,
} from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidanceFor } from './characteristic-guidance.js';

let packs: BundledPacks;
let model: ModelIndex;
beforeAll(async () => {
  packs = await loadBundledPacks();
  model = indexMaturityModel(packs.mmssc);
});

describe('guidance from the bundled MMSSC and ISO 37106 packs', () => {
  it('reaches at least one ISO 37106 component from every characteristic', () => {
    const without = model.characteristics
      .filter((c) => guidanceFor(model, c.id, 1, packs.scom).components.length === 0)
      .map((c) => c.id);
    expect(without).toEqual([]);
  });

  it('gives every characteristic below level 5 its next-level criteria and generic description', () => {
    for (const c of model.characteristics) {
      for (const level of [1, 2, 3, 4]) {
        const g = guidanceFor(model, c.id, level, packs.scom);
        expect(g.nextCriteria).toBe(c.characteristic.levels[String(level + 1)]);
        expect(g.nextTypeDescription?.zh).toBeTruthy();
      }
    }
  });

  it('guides vision characteristics with city vision [B1] (Annex B: GB/T 41150 6.3)', () => {
    expect(guidanceFor(model, '1.1.2', 2, packs.scom).components.map((c) => c.code)).toEqual([
      'B1',
    ]);
  });

  it('guides the IT architecture characteristic with [B13] and [B14] (Annex B: 6.17, 6.18)', () => {
    expect(guidanceFor(model, '3.2.3', 2, packs.scom).components.map((c) => c.code)).toEqual([
      'B13',
      'B14',
    ]);
  });

  it('guides a purpose with the city vision and benefits realisation, ISO 18091 functions and other models', () => {
    const g = guidanceFor(model, '4.3', 2, packs.scom);
    expect(g.components.map((c) => c.code)).toEqual(['B1', 'C1', 'C2', 'C3']);
    expect(g.functions.length).toBeGreaterThan(0);
    expect(g.otherModels.map((m) => m.id)).toEqual(['iso-18091', 'cen-smart-resilience']);
  });

  it('points channels and access (2.3) to the digital inclusion maturity model', () => {
    expect(guidanceFor(model, '2.3.1', 2, packs.scom).otherModels.map((m) => m.id)).toEqual([
      'g3ict-digital-inclusion',
    ]);
  });
});
