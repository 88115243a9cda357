import {
  indexMaturityModel,
  loadBundledPacks,
  type BundledPacks,
  type ModelIndex,
} from '@citymaturity/model';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import type { RatingValue } from '../scoring/tally.js';
import { tinyModel, tinyOperatingModel } from '../test-support/tiny-packs.js';
import { characteristicsByComponent, componentGaps, gapsToComponents } from './component-gaps.js';

type Pair = readonly [RatingValue, RatingValue];

/** The results of one respondent who rated the characteristics as given (others unanswered). */
function resultsOf(model: ModelIndex, levels: Readonly<Record<string, Pair>>) {
  const ratings = Object.fromEntries(
    Object.entries(levels).map(([id, [current, target]]) => [id, { current, target }]),
  );
  return scoreAssessment({ respondents: [{ id: 'r', ratings }] }, model).characteristics;
}

describe('component gaps on the tiny packs', () => {
  const model = tinyModel();
  const ops = tinyOperatingModel();

  it('links each component to the characteristics whose guidance cites it (a part code stands for its components)', () => {
    // 1.1 (sub-dimension) cites V1; 2.1 links to part B, i.e. B1 and B2; 1.2.1 has no link.
    expect(Object.fromEntries(characteristicsByComponent(model, ops))).toEqual({
      V1: ['1.1.1', '1.1.2'],
      B1: ['2.1'],
      B2: ['2.1'],
    });
  });

  it('gives every component its characteristics with their official levels and gap', () => {
    const results = resultsOf(model, { '1.1.1': [1, 3], '1.1.2': [2, 2], '2.1': [3, 4] });
    const v1 = componentGaps(model, ops, results).find((c) => c.code === 'V1');
    expect(v1?.characteristics).toEqual([
      { characteristicId: '1.1.1', current: 1, target: 3, gap: 2 },
      { characteristicId: '1.1.2', current: 2, target: 2, gap: 0 },
    ]);
  });

  it('sums the positive gaps a component serves, counts them and keeps the largest', () => {
    const results = resultsOf(model, { '1.1.1': [1, 3], '1.1.2': [2, 3], '2.1': [3, 4] });
    expect(componentGaps(model, ops, results).map((c) => [c.code, c.priority])).toEqual([
      ['V1', { gapSum: 3, gapMax: 2, characteristicsWithGap: 2, rank: 1 }],
      ['B1', { gapSum: 1, gapMax: 1, characteristicsWithGap: 1, rank: 2 }],
      ['B2', { gapSum: 1, gapMax: 1, characteristicsWithGap: 1, rank: 3 }],
    ]);
  });

  it('counts a planned decline or an unknown level as no gap, and leaves a component without any gap unranked', () => {
    const results = resultsOf(model, { '1.1.1': [4, 2], '1.1.2': ['unknown', 5], '2.1': [2, 3] });
    const [v1] = componentGaps(model, ops, results);
    expect(v1?.characteristics.map((c) => c.gap)).toEqual([-2, null]);
    expect(v1?.priority).toEqual({ gapSum: 0, gapMax: 0, characteristicsWithGap: 0, rank: null });
  });

  it('gives the links without levels or priorities when there is no assessment', () => {
    const [v1] = componentGaps(model, ops);
    expect(v1).toEqual({
      code: 'V1',
      characteristics: [
        { characteristicId: '1.1.1', current: null, target: null, gap: null },
        { characteristicId: '1.1.2', current: null, target: null, gap: null },
      ],
      priority: null,
    });
  });

  it('ranks equal sums by the number of characteristics with a gap', () => {
    // V1 serves two gaps of 1 (sum 2); B1 and B2 serve one gap of 2 (sum 2).
    const results = resultsOf(model, { '1.1.1': [1, 2], '1.1.2': [1, 2], '2.1': [1, 3] });
    expect(componentGaps(model, ops, results).map((c) => [c.code, c.priority?.rank])).toEqual([
      ['V1', 1],
      ['B1', 2],
      ['B2', 3],
    ]);
  });

  it('points the planned improvements at their components, largest gap first', () => {
    const results = resultsOf(model, {
      '1.1.1': [2, 3],
      '1.1.2': [1, 2],
      '1.2.1': [1, 4],
      '2.1': [4, 4],
    });
    expect(gapsToComponents(model, ops, results)).toEqual([
      { characteristicId: '1.2.1', current: 1, target: 4, gap: 3, componentCodes: [] },
      { characteristicId: '1.1.2', current: 1, target: 2, gap: 1, componentCodes: ['V1'] },
      { characteristicId: '1.1.1', current: 2, target: 3, gap: 1, componentCodes: ['V1'] },
    ]);
  });

  it('uses the consensus of a workshop as the official levels', () => {
    const score = scoreAssessment(
      {
        respondents: [{ id: 'r', ratings: { '2.1': { current: 1, target: 2 } } }],
        consensus: { '2.1': { current: 2, target: 5 } },
      },
      model,
    );
    const b1 = componentGaps(model, ops, score.characteristics).find((c) => c.code === 'B1');
    expect(b1?.characteristics).toEqual([
      { characteristicId: '2.1', current: 2, target: 5, gap: 3 },
    ]);
  });
});

describe('component gaps on the bundled MMSSC and ISO 37106 packs', () => {
  let packs: BundledPacks;
  let model: ModelIndex;
  beforeAll(async () => {
    packs = await loadBundledPacks();
    model = indexMaturityModel(packs.mmssc);
  });

  it('lists every component of the pack, in pack order', () => {
    expect(componentGaps(model, packs.scom).map((c) => c.code)).toEqual(
      packs.scom.components.map((c) => c.code),
    );
  });

  it('links city vision [B1] to the vision characteristics and to every purpose', () => {
    const b1 = characteristicsByComponent(model, packs.scom).get('B1') ?? [];
    expect(b1).toContain('1.1.2');
    expect(b1.filter((id) => id.startsWith('4.'))).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
    ]);
  });

  it('gives an empty list, never an invented link, to components Annex B does not cite', () => {
    const links = characteristicsByComponent(model, packs.scom);
    const cited = new Set(
      model.characteristics.flatMap((c) =>
        gapsToComponents(model, packs.scom, resultsOf(model, { [c.id]: [1, 2] })).flatMap(
          (g) => g.componentCodes,
        ),
      ),
    );
    const uncited = packs.scom.components.map((c) => c.code).filter((code) => !cited.has(code));
    expect(uncited.length).toBeGreaterThan(0);
    for (const code of uncited) expect(links.get(code)).toEqual([]);
  });
});

describe('properties of the component priority', () => {
  const model = tinyModel();
  const ops = tinyOperatingModel();
  const ids = model.characteristics.map((c) => c.id);
  const level = fc.integer({ min: 1, max: 5 });
  const levels = fc
    .array(fc.tuple(level, level), { minLength: ids.length, maxLength: ids.length })
    .map((pairs): Record<string, readonly [number, number]> =>
      Object.fromEntries(ids.map((id, i) => [id, pairs[i] ?? ([1, 1] as const)])),
    );

  it('never lowers a component’s priority when a target is raised (monotone in the gaps)', () => {
    fc.assert(
      fc.property(levels, fc.constantFrom(...ids), (base, raised) => {
        const [current, target] = base[raised] ?? [1, 1];
        const higher = { ...base, [raised]: [current, Math.min(5, target + 1)] as const };
        const before = componentGaps(model, ops, resultsOf(model, base));
        const after = componentGaps(model, ops, resultsOf(model, higher));
        before.forEach((component, i) => {
          const next = after[i]?.priority;
          expect(next?.gapSum).toBeGreaterThanOrEqual(component.priority?.gapSum ?? 0);
          expect(next?.gapMax).toBeGreaterThanOrEqual(component.priority?.gapMax ?? 0);
          expect(next?.characteristicsWithGap).toBeGreaterThanOrEqual(
            component.priority?.characteristicsWithGap ?? 0,
          );
        });
      }),
    );
  });

  it('ranks exactly the components that serve a gap, 1 … n, the larger sum first', () => {
    fc.assert(
      fc.property(levels, (base) => {
        const ranked = componentGaps(model, ops, resultsOf(model, base))
          .flatMap((c) => (c.priority?.rank ? [c.priority] : []))
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
        expect(ranked.map((p) => p.rank)).toEqual(ranked.map((_, i) => i + 1));
        expect(ranked.every((p) => p.gapSum > 0)).toBe(true);
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i - 1]?.gapSum).toBeGreaterThanOrEqual(ranked[i]?.gapSum ?? 0);
      }),
    );
  });

  it('gives each component the sum of the gaps that gapsToComponents points at it', () => {
    fc.assert(
      fc.property(levels, (base) => {
        const results = resultsOf(model, base);
        const pointed = new Map<string, number>();
        for (const g of gapsToComponents(model, ops, results))
          for (const code of g.componentCodes) pointed.set(code, (pointed.get(code) ?? 0) + g.gap);
        for (const c of componentGaps(model, ops, results))
          expect(c.priority?.gapSum).toBe(pointed.get(c.code) ?? 0);
      }),
    );
  });
});
