/**
 * Population bands for peer groups: the city-size classes of China's State Council notice on
 * adjusting the standard of city-size classification (国务院关于调整城市规模划分标准的通知, 国发〔2014〕51号),
 * by resident population. The notice counts "以上" inclusive and "以下" exclusive, so each band
 * holds `min ≤ population < max`. Its subdivisions (小城市 I/II, 大城市 I/II) are merged: peer
 * groups of a consortium rarely have enough cities to split further.
 */
export const populationBandIds = ['small', 'medium', 'large', 'very-large', 'mega'] as const;

/** A band of {@link populationBandIds}, or `unknown` for an organisation without a population. */
export type PopulationBand = (typeof populationBandIds)[number] | 'unknown';

/** One population band: its id, names, and bounds (`min` inclusive, `max` exclusive; null = open). */
export interface PopulationBandDefinition {
  id: PopulationBand;
  name: { zh: string; en: string };
  min: number | null;
  max: number | null;
}

/** The bands, smallest first, then `unknown`. */
export const populationBands: readonly PopulationBandDefinition[] = [
  { id: 'small', name: { zh: '小城市', en: 'Small city' }, min: null, max: 500_000 },
  {
    id: 'medium',
    name: { zh: '中等城市', en: 'Medium-sized city' },
    min: 500_000,
    max: 1_000_000,
  },
  { id: 'large', name: { zh: '大城市', en: 'Large city' }, min: 1_000_000, max: 5_000_000 },
  {
    id: 'very-large',
    name: { zh: '特大城市', en: 'Very large city' },
    min: 5_000_000,
    max: 10_000_000,
  },
  { id: 'mega', name: { zh: '超大城市', en: 'Megacity' }, min: 10_000_000, max: null },
  { id: 'unknown', name: { zh: '人口未知', en: 'Population unknown' }, min: null, max: null },
];

/** The band of a population (`unknown` when the organisation has not given one). */
export function populationBandOf(population: number | null | undefined): PopulationBand {
  if (population === null || population === undefined) return 'unknown';
  if (population < 500_000) return 'small';
  if (population < 1_000_000) return 'medium';
  if (population < 5_000_000) return 'large';
  if (population < 10_000_000) return 'very-large';
  return 'mega';
}
