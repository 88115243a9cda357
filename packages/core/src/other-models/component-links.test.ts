import fc from 'fast-check';
import { indexMaturityModel } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { tinyModel, tinyOperatingModel } from '../test-support/tiny-packs.js';
import {
  characteristicComponentLinks,
  componentCodesOf,
  componentIndex,
  type CharacteristicComponentLink,
} from './component-links.js';

const model = tinyModel();
const ops = tinyOperatingModel();
const pairs = (links: readonly CharacteristicComponentLink[]) =>
  links.map((l) => `${l.characteristic}→${l.component}`);

describe('componentCodesOf', () => {
  it('expands a part code to the components of the part', () => {
    expect(componentCodesOf('B', ops)).toEqual(['B1', 'B2']);
  });

  it('keeps a component code, and any code without the operating model', () => {
    expect([componentCodesOf('V1', ops), componentCodesOf('B')]).toEqual([['V1'], ['B']]);
  });
});

describe('characteristicComponentLinks', () => {
  it('links each characteristic to the components Annex B cites for its sub-dimension', () => {
    const links = characteristicComponentLinks(model, ops).filter((l) => l.kind === 'annex-b');
    expect(links.map((l) => `${l.characteristic}→${l.component} via ${l.via}`)).toEqual([
      '1.1.1→V1 via 1.1',
      '1.1.2→V1 via 1.1',
    ]);
  });

  it("adds the pack's own component links, with their provenance", () => {
    const links = characteristicComponentLinks(model, ops).filter((l) => l.kind === 'pack-link');
    expect(links.map((l) => [l.characteristic, l.component, l.source.doc])).toEqual([
      ['2.1', 'B1', 'test'],
      ['2.1', 'B2', 'test'],
    ]);
  });

  it('links a characteristic to a component once, by Annex B first', () => {
    const pack = {
      ...model.pack,
      component_links: [
        ...(model.pack.component_links ?? []),
        { target: '1', components: ['V1', 'B1'], source: { doc: 'test', ref: '2' } },
      ],
    };
    const links = characteristicComponentLinks(indexMaturityModel(pack), ops);
    expect(
      links.filter((l) => l.characteristic === '1.1.1').map((l) => [l.component, l.kind]),
    ).toEqual([
      ['V1', 'annex-b'],
      ['B1', 'pack-link'],
    ]);
  });

  it('leaves characteristics without any cited component out', () => {
    expect(characteristicComponentLinks(model, ops).some((l) => l.characteristic === '1.2.1')).toBe(
      false,
    );
  });
});

describe('componentIndex', () => {
  it("lists each component with the characteristics linked to it, in the operating model's order", () => {
    const index = componentIndex(characteristicComponentLinks(model, ops), ops);
    expect(index).toEqual([
      { component: 'V1', characteristics: ['1.1.1', '1.1.2'] },
      { component: 'B1', characteristics: ['2.1'] },
      { component: 'B2', characteristics: ['2.1'] },
    ]);
  });

  it('puts codes the operating model does not know last', () => {
    const links = [
      { characteristic: '1.1.1', component: 'Z9', via: '1.1', kind: 'pack-link' as const },
      { characteristic: '1.1.1', component: 'B2', via: '1.1', kind: 'pack-link' as const },
    ].map((l) => ({ ...l, source: { doc: 'test', ref: '1' } }));
    expect(componentIndex(links, ops).map((e) => e.component)).toEqual(['B2', 'Z9']);
  });

  const characteristicIds = model.characteristics.map((c) => c.id);
  const codes = ['V1', 'B1', 'B2', 'Z9', 'B', 'V'];
  const target = fc.constantFrom(
    ...characteristicIds,
    ...model.pack.dimensions.flatMap((d) => [d.id, ...d.subdimensions.map((s) => s.id)]),
  );
  const cited = fc.array(
    fc.record({ target, components: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1 }) }),
    { maxLength: 6 },
  );

  it('covers every link exactly once, whatever the pack cites', () => {
    fc.assert(
      fc.property(cited, cited, fc.boolean(), (annexB, packLinks, withOps) => {
        const source = { doc: 'test', ref: '1' };
        const pack = {
          ...model.pack,
          supporting_documents: annexB.map((c) => ({
            target: c.target,
            source,
            items: [
              { text: { zh: '文', en: 'text' }, standards: ['X 1'], components: c.components },
            ],
          })),
          component_links: packLinks.map((c) => ({ ...c, source })),
        };
        const operatingModel = withOps ? ops : undefined;
        const links = characteristicComponentLinks(indexMaturityModel(pack), operatingModel);
        const inverse = componentIndex(links, operatingModel).flatMap((e) =>
          e.characteristics.map((c) => `${c}→${e.component}`),
        );
        // No pair twice among the links, and the inverse holds exactly the same pairs.
        expect(new Set(pairs(links)).size).toBe(links.length);
        expect([...inverse].sort()).toEqual(pairs(links).sort());
      }),
    );
  });
});
