import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { populationBandOf, populationBands } from './population-bands.js';

describe('populationBandOf', () => {
  it.each([
    [0, 'small'],
    [499_999, 'small'],
    [500_000, 'medium'],
    [999_999, 'medium'],
    [1_000_000, 'large'],
    [4_999_999, 'large'],
    [5_000_000, 'very-large'],
    [9_999_999, 'very-large'],
    [10_000_000, 'mega'],
    [24_870_000, 'mega'],
  ] as const)(
    'puts %i people in the %s band (lower bound inclusive, upper exclusive)',
    (n, band) => {
      expect(populationBandOf(n)).toBe(band);
    },
  );

  it('gives unknown when the organisation has no population', () => {
    expect([populationBandOf(null), populationBandOf(undefined)]).toEqual(['unknown', 'unknown']);
  });

  it('puts every population in the one band whose bounds hold it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (population) => {
        const holding = populationBands.filter(
          (b) =>
            b.id !== 'unknown' &&
            (b.min === null || population >= b.min) &&
            (b.max === null || population < b.max),
        );
        expect(holding.map((b) => b.id)).toEqual([populationBandOf(population)]);
      }),
    );
  });

  it('names every band in Chinese and English', () => {
    expect(populationBands.map((b) => [b.id, b.name.zh])).toEqual([
      ['small', '小城市'],
      ['medium', '中等城市'],
      ['large', '大城市'],
      ['very-large', '特大城市'],
      ['mega', '超大城市'],
      ['unknown', '人口未知'],
    ]);
    expect(populationBands.every((b) => b.name.en.length > 0)).toBe(true);
  });
});
