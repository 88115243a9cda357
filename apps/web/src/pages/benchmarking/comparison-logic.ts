import { populationBandOf, populationBands } from '@citymaturity/core';
import type { PeerChartInput } from '@citymaturity/charts';
import type { ModelIndex } from '@citymaturity/model';
import type {
  ComparisonQuery,
  ConsortiumMembershipDetail,
  LearnFromPeer,
  OrganisationKind,
  PeerComparison,
  PeerFilterValues,
  PeerItem,
  PeerMeasure,
  PopulationBandId,
  ShareableAssessment,
} from '../../api/benchmarking.js';
import type { Organisation } from '../../api/types.js';
import { langTag, type Lang } from '../../components/lang.js';

// The pure part of the membership page: the comparison's query in the address bar, the rows of its
// charts and tables, and how its figures are written.

export const bandIds: readonly PopulationBandId[] = [
  'small',
  'medium',
  'large',
  'very-large',
  'mega',
  'unknown',
];
export const kindIds: readonly OrganisationKind[] = ['city', 'district', 'rural-community'];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The comparison asked for in the address bar (`?country=CN&band=large…`); unknown values dropped. */
export function queryFromSearch(search: URLSearchParams): ComparisonQuery {
  const query: ComparisonQuery = {};
  const country = search.get('country')?.trim().toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) query.country = country;
  const region = search.get('region')?.trim();
  if (region) query.region = region.slice(0, 200);
  const band = search.get('band');
  if (band && (bandIds as readonly string[]).includes(band)) query.band = band as PopulationBandId;
  const kind = search.get('kind');
  if (kind && (kindIds as readonly string[]).includes(kind)) query.kind = kind as OrganisationKind;
  const assessment = search.get('assessment');
  if (assessment && uuid.test(assessment)) query.assessment = assessment;
  const asOf = search.get('asOf');
  if (asOf && isoDate.test(asOf)) query.asOf = asOf;
  return query;
}

/** The address bar's parameters of a comparison (only the parts given). */
export function searchFromQuery(query: ComparisonQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/** A country's name in the language with its code ("中国 (CN)"); the code alone where unknown. */
export function countryLabel(code: string, lang: Lang): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([langTag(lang)], { type: 'region' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/**
 * The countries a peer group can be chosen by: those of the member cities that can be peers, and
 * the one chosen (kept, e.g. from a bookmarked address, even when no member has it now).
 */
export function countryChoices(values: PeerFilterValues | undefined, chosen: string): string[] {
  const countries = values?.countries ?? [];
  return chosen && !countries.includes(chosen) ? [...countries, chosen] : [...countries];
}

/**
 * The regions a peer group can be chosen by: those of the chosen country (of every country when
 * none is chosen, each with its country), and the one chosen (kept, without a country, when no
 * member has it now). One entry per region name.
 */
export function regionChoices(
  values: PeerFilterValues | undefined,
  country: string,
  chosen: string,
): { region: string; country: string | null }[] {
  const choices = new Map<string, string | null>();
  for (const r of values?.regions ?? []) {
    if (country && r.country !== country) continue;
    // A name two countries share is one choice (the filter matches the name), with no country.
    choices.set(
      r.region,
      choices.has(r.region) && choices.get(r.region) !== r.country ? null : r.country,
    );
  }
  if (chosen && !choices.has(chosen)) choices.set(chosen, country || null);
  return [...choices].map(([region, of]) => ({ region, country: of }));
}

/** The name of a population band (China's city-size classes) in a language. */
export function bandName(id: PopulationBandId, lang: Lang): string {
  return populationBands.find((b) => b.id === id)?.name[lang] ?? id;
}

/** The bounds of a population band (`min` inclusive, `max` exclusive; null = open or unknown). */
export function bandBounds(id: PopulationBandId): { min: number | null; max: number | null } {
  const band = populationBands.find((b) => b.id === id);
  return { min: band?.min ?? null, max: band?.max ?? null };
}

/** Whether a peer-group filter is set (country, region, band or kind). */
export function hasPeerFilter(query: ComparisonQuery): boolean {
  return Boolean(query.country ?? query.region ?? query.band ?? query.kind);
}

/** "Peers like us": the city's own country, population band and kind. */
export function peersLikeUs(organisation: Organisation): ComparisonQuery {
  return {
    country: organisation.country,
    band: populationBandOf(organisation.population),
    kind: organisation.kind,
  };
}

/** The city's shared assessments, newest first (the ones a comparison can be made of). */
export function sharedAssessments(detail: ConsortiumMembershipDetail): ShareableAssessment[] {
  return detail.assessments
    .filter((a) => a.sharedAt !== null)
    .sort(
      (a, b) => b.date.localeCompare(a.date) || (b.sharedAt ?? '').localeCompare(a.sharedAt ?? ''),
    );
}

/** A figure as the page writes it: up to two decimals, in the language's digits ("2.25", "4"). */
export function formatFigure(value: number, lang: Lang): string {
  return new Intl.NumberFormat(langTag(lang), { maximumFractionDigits: 2 }).format(value);
}

/** One row of a chart and its table: an item compared with the peers. */
export interface ComparisonRow {
  id: string;
  /** "1.1 City vision" (the overall row: its name). */
  label: string;
  /** "1.1" on narrow charts. */
  shortLabel: string;
  item: PeerItem;
}

const missing: PeerItem = {
  current: { suppressed: true, city: null },
  target: { suppressed: true, city: null },
};

/** The overall result, the roll-up groups (e.g. smart enablers, purposes) and the dimensions. */
export function summaryRows(
  comparison: PeerComparison,
  model: ModelIndex,
  lang: Lang,
  overallLabel: string,
): ComparisonRow[] {
  return [
    { id: 'overall', label: overallLabel, shortLabel: overallLabel, item: comparison.overall },
    ...(model.pack.rollup_groups ?? []).map((group) => ({
      id: `group:${group.id}`,
      label: group.name[lang],
      shortLabel: group.name[lang].replace(/[（(].*$/, '').trim(),
      item: comparison.rollupGroups[group.id] ?? missing,
    })),
    ...model.pack.dimensions.map((d) => ({
      id: `dimension:${d.id}`,
      label: `${d.id} ${d.name[lang]}`,
      shortLabel: d.id,
      item: comparison.dimensions[d.id] ?? missing,
    })),
  ];
}

/** Every sub-dimension, in model order. */
export function subdimensionRows(
  comparison: PeerComparison,
  model: ModelIndex,
  lang: Lang,
): ComparisonRow[] {
  return model.pack.dimensions.flatMap((d) =>
    d.subdimensions.map((s) => ({
      id: s.id,
      label: `${s.id} ${s.name[lang]}`,
      shortLabel: s.id,
      item: comparison.subdimensions[s.id] ?? missing,
    })),
  );
}

/** The characteristics of one dimension, in model order. */
export function characteristicRows(
  comparison: PeerComparison,
  model: ModelIndex,
  lang: Lang,
  dimensionId: string,
): ComparisonRow[] {
  return model.characteristics
    .filter((c) => c.dimensionId === dimensionId)
    .map((c) => ({
      id: c.id,
      label: `${c.id} ${c.characteristic.name[lang]}`,
      shortLabel: c.id,
      item: comparison.characteristics[c.id] ?? missing,
    }));
}

/** The input of the peer chart for rows. */
export function peerChartInput(
  rows: readonly ComparisonRow[],
  minPeerCities: number,
  top: number,
): PeerChartInput {
  return {
    rows: rows.map((r) => ({
      label: r.label,
      shortLabel: r.shortLabel,
      current: r.item.current,
      target: r.item.target,
    })),
    minPeerCities,
    top,
  };
}

/** How many measures of the rows are hidden (too few cities), and how many there are. */
export function hiddenMeasures(rows: readonly ComparisonRow[]): { hidden: number; total: number } {
  const measures = rows.flatMap((r) => [r.item.current, r.item.target]);
  return { hidden: measures.filter((m) => m.suppressed).length, total: measures.length };
}

/** The counts of the distribution in level order, "1".."top" (0 where a level has none). */
export function distributionCounts(
  measure: Extract<PeerMeasure, { suppressed: false }>,
  top: number,
): number[] {
  return Array.from({ length: top }, (_, i) => measure.distribution[String(i + 1)] ?? 0);
}

/** The characteristics with peers to learn from, in model order. */
export function learnFromRows(
  comparison: PeerComparison,
  model: ModelIndex,
  lang: Lang,
): { id: string; label: string; peers: LearnFromPeer[]; total: number }[] {
  return model.characteristics.flatMap((c) => {
    const item = comparison.characteristics[c.id];
    if (!item || item.learnFromTotal === 0) return [];
    return [
      {
        id: c.id,
        label: `${c.id} ${c.characteristic.name[lang]}`,
        peers: item.learnFrom,
        total: item.learnFromTotal,
      },
    ];
  });
}

/** Whether the comparison failed because the city shares nothing yet (give to get). */
export function isNothingShared(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'consortium-nothing-shared'
  );
}
