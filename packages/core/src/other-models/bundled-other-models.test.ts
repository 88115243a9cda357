import {
  indexMaturityModel,
  loadBundledPacks,
  type BundledPacks,
  type ModelIndex,
} from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { characteristicComponentLinks } from './component-links.js';
import { componentLinkRows } from './component-rows.js';
import { otherModelRows } from './other-model-rows.js';
import { trafficLights } from './traffic-lights.js';

let packs: BundledPacks;
let model: ModelIndex;
beforeAll(async () => {
  packs = await loadBundledPacks();
  model = indexMaturityModel(packs.mmssc);
});

/** 4.1–4.5 rated at the current levels 1–5 by one respondent; 4.6 agreed at level 2 by a workshop. */
function purposesScore() {
  const levels = [1, 2, 3, 4, 5];
  return scoreAssessment(
    {
      respondents: [
        {
          id: 'r1',
          ratings: Object.fromEntries(
            ['4.1', '4.2', '4.3', '4.4', '4.5'].map((id, i) => [
              id,
              { current: levels[i], target: 5 },
            ]),
          ),
        },
      ],
      consensus: { '4.6': { current: 2, target: 3 } },
    },
    model,
  );
}

describe('the bundled MMSSC linked to other models', () => {
  it('shows ISO 18091 as red, yellow and green on the six purposes', () => {
    const [iso] = trafficLights(model, purposesScore().characteristics);
    expect([
      iso?.model.id,
      iso?.levels.map((l) => `${l.id}≈${String(l.approximate_level)}`),
    ]).toEqual(['iso-18091', ['red≈1', 'yellow≈2', 'green≈3']]);
    expect(iso?.rows.map((r) => `${r.characteristic} ${r.currentLight?.id ?? '-'}`)).toEqual([
      '4.1 red',
      '4.2 yellow',
      '4.3 green',
      '4.4 green',
      '4.5 green',
      '4.6 yellow',
    ]);
  });

  it('gives every purpose its ISO 18091 functions of Annex C', () => {
    const [iso] = trafficLights(model, {});
    expect(iso?.rows.map((r) => r.functions.length)).toEqual([8, 6, 4, 4, 7, 7]);
  });

  it('links every characteristic to at least one ISO 37106 component', () => {
    const linked = new Set(
      characteristicComponentLinks(model, packs.scom).map((l) => l.characteristic),
    );
    expect(model.characteristics.filter((c) => !linked.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('links only components the ISO 37106 pack has', () => {
    const codes = new Set(packs.scom.components.map((c) => c.code));
    const unknown = characteristicComponentLinks(model, packs.scom).filter(
      (l) => !codes.has(l.component),
    );
    expect(unknown).toEqual([]);
  });

  it('links the vision characteristics to B1 by Annex B, and the purposes by the pack', () => {
    const b1 = characteristicComponentLinks(model, packs.scom).filter((l) => l.component === 'B1');
    expect(b1.map((l) => `${l.characteristic} ${l.kind}`)).toEqual([
      '1.1.1 annex-b',
      '1.1.2 annex-b',
      '4.1 pack-link',
      '4.2 pack-link',
      '4.3 pack-link',
      '4.4 pack-link',
      '4.5 pack-link',
      '4.6 pack-link',
    ]);
  });

  it('counts the characteristics below level 3 per component', () => {
    const rows = componentLinkRows(
      model,
      purposesScore().characteristics,
      characteristicComponentLinks(model, packs.scom),
      { operatingModel: packs.scom },
    );
    // B1: 1.1.1, 1.1.2 unrated; purposes at 1, 2, 3, 4, 5 and 2 (consensus) → 3 below level 3.
    const b1 = rows.find((r) => r.component === 'B1');
    expect([b1?.belowThreshold, b1?.unrated, b1?.weakest.map((w) => w.characteristic)]).toEqual([
      3,
      2,
      ['4.1'],
    ]);
  });

  it('gives table 4 with the purposes, resilience and sub-dimension 2.3', () => {
    const rows = otherModelRows(model, purposesScore());
    expect(rows.map((r) => [r.model.id, r.targets.map((t) => `${t.id} ${t.kind}`)])).toEqual([
      [
        'iso-18091',
        [
          '4.1 characteristic',
          '4.2 characteristic',
          '4.3 characteristic',
          '4.4 characteristic',
          '4.5 characteristic',
          '4.6 characteristic',
        ],
      ],
      ['cen-smart-resilience', ['4.3 characteristic']],
      ['g3ict-digital-inclusion', ['2.3 subdimension']],
    ]);
  });
});
