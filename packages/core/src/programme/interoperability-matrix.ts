import type { OperatingModelPack } from '@citymaturity/model';

// The smart city interoperability matrix (ISO 37106 6.7.2, figure 5): the three areas of
// city-wide processes × the five interoperability dimensions; each cell lists the policy products
// that make the city interoperable at that level, the standard's (tagged with the components that
// guide them) and the city's own.

/** Where a policy product stands, from nothing to adopted and reviewed. */
export const policyProductStatuses = ['none', 'drafting', 'adopted', 'reviewed'] as const;
export type PolicyProductStatus = (typeof policyProductStatuses)[number];

/** The rank of a status in the heatmap's score: none 0, drafting 1, adopted 2, reviewed 3. */
export const policyProductStatusRank: Readonly<Record<PolicyProductStatus, number>> = {
  none: 0,
  drafting: 1,
  adopted: 2,
  reviewed: 3,
};

/** The highest rank: a cell score lies in [0, maxPolicyProductRank]. */
export const maxPolicyProductRank = 3;

/** A product of the standard in a cell, with the city's status for it. */
export interface StandardPolicyProduct {
  /** `<area>/<dimension>/<n>`, n counted from 1 in the cell's order in the pack. */
  key: string;
  /** n of the key. */
  index: number;
  /** Component or part codes that guide it (the standard's tags). */
  componentCodes: string[];
  status: PolicyProductStatus;
}

/** What the matrix needs of a product the city added. */
export interface OwnPolicyProductState {
  areaId: string;
  dimensionId: string;
  status: PolicyProductStatus;
}

/** One cell of the matrix. */
export interface InteroperabilityCell<Own extends OwnPolicyProductState> {
  areaId: string;
  dimensionId: string;
  standard: StandardPolicyProduct[];
  own: Own[];
  /** Products (the standard's and the city's own) by status. */
  counts: Record<PolicyProductStatus, number>;
  /**
   * The heatmap's value: the mean rank of the cell's products (none 0, drafting 1, adopted 2,
   * reviewed 3), 2 decimals; null for a cell without any product.
   */
  score: number | null;
}

/** The whole matrix: cells by area (pack order), then dimension (pack order). */
export interface InteroperabilityMatrix<Own extends OwnPolicyProductState> {
  areaIds: string[];
  dimensionIds: string[];
  cells: InteroperabilityCell<Own>[];
  /** Over every product of the matrix: counts by status and the mean rank (null when none). */
  summary: { counts: Record<PolicyProductStatus, number>; score: number | null };
}

/** The key of the `index`-th (from 1) product of the standard in a cell. */
export function policyProductKey(areaId: string, dimensionId: string, index: number): string {
  return `${areaId}/${dimensionId}/${String(index)}`;
}

/** True when the pack's matrix has a product of the standard with this key. */
export function isStandardPolicyProduct(operatingModel: OperatingModelPack, key: string): boolean {
  return standardProductKeys(operatingModel).includes(key);
}

/** The keys of every product of the standard in the pack's matrix, in the matrix's order. */
export function standardProductKeys(operatingModel: OperatingModelPack): string[] {
  return (operatingModel.interoperability_matrix?.cells ?? []).flatMap((cell) =>
    cell.products.map((_, i) => policyProductKey(cell.area, cell.dimension, i + 1)),
  );
}

function countStatuses(statuses: readonly PolicyProductStatus[]) {
  const counts: Record<PolicyProductStatus, number> = {
    none: 0,
    drafting: 0,
    adopted: 0,
    reviewed: 0,
  };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

function meanRank(statuses: readonly PolicyProductStatus[]): number | null {
  if (statuses.length === 0) return null;
  const sum = statuses.reduce((s, status) => s + policyProductStatusRank[status], 0);
  return Math.round((sum / statuses.length) * 100) / 100;
}

/**
 * The interoperability matrix of a city: every cell of the pack's areas × dimensions (also the
 * cells the standard leaves empty, such as strategic management × technical), the standard's
 * products with the city's status (`none` when never recorded), the city's own products, and the
 * cell's score for the heatmap: the mean status rank over all its products (the standard's and the
 * city's own), null for a cell without products. Own products in an area or dimension the pack
 * does not have are left out.
 * @param standardStatus the recorded status of standard products, by key
 * @param own the city's own products (kept in the order given)
 */
export function interoperabilityMatrix<Own extends OwnPolicyProductState>(
  operatingModel: OperatingModelPack,
  standardStatus: ReadonlyMap<string, PolicyProductStatus>,
  own: readonly Own[],
): InteroperabilityMatrix<Own> {
  const matrix = operatingModel.interoperability_matrix;
  const areaIds = operatingModel.areas.map((a) => a.id);
  const dimensionIds = (matrix?.dimensions ?? []).map((d) => d.id);
  const all: PolicyProductStatus[] = [];
  const cells = areaIds.flatMap((areaId) =>
    dimensionIds.map((dimensionId) => {
      const products =
        matrix?.cells.find((c) => c.area === areaId && c.dimension === dimensionId)?.products ?? [];
      const standard = products.map((product, i) => {
        const key = policyProductKey(areaId, dimensionId, i + 1);
        return {
          key,
          index: i + 1,
          componentCodes: [...product.tags],
          status: standardStatus.get(key) ?? 'none',
        };
      });
      const ownHere = own.filter((p) => p.areaId === areaId && p.dimensionId === dimensionId);
      const statuses = [...standard.map((p) => p.status), ...ownHere.map((p) => p.status)];
      all.push(...statuses);
      return {
        areaId,
        dimensionId,
        standard,
        own: ownHere,
        counts: countStatuses(statuses),
        score: meanRank(statuses),
      };
    }),
  );
  return {
    areaIds,
    dimensionIds,
    cells,
    summary: { counts: countStatuses(all), score: meanRank(all) },
  };
}
