import type { InteroperabilityHeatmapInput } from '@citymaturity/charts';
import type { OperatingModelPack } from '@citymaturity/model';
import type {
  InteroperabilityMatrix,
  MatrixCell,
  OwnPolicyProduct,
  OwnProductInput,
  PolicyProductStatus,
  StandardPolicyProduct,
  StatusCounts,
} from '../../../api/programme-components.js';
import { langTag, type Lang } from '../../../components/lang.js';

/** The name of an area, a dimension (the pack's, by id; the id when the pack lacks it). */
export function areaName(pack: OperatingModelPack, areaId: string, lang: Lang): string {
  return pack.areas.find((a) => a.id === areaId)?.name[lang] ?? areaId;
}

export function dimensionName(pack: OperatingModelPack, dimensionId: string, lang: Lang): string {
  return (
    pack.interoperability_matrix?.dimensions.find((d) => d.id === dimensionId)?.name[lang] ??
    dimensionId
  );
}

/** The pack's entry of a product of the standard (the index-th of its cell, from 1). */
export function packProduct(
  pack: OperatingModelPack,
  product: Pick<StandardPolicyProduct, 'areaId' | 'dimensionId' | 'index'>,
) {
  return pack.interoperability_matrix?.cells.find(
    (c) => c.area === product.areaId && c.dimension === product.dimensionId,
  )?.products[product.index - 1];
}

/** The name of a product: the pack's for one of the standard, the city's for its own. */
export function productName(
  pack: OperatingModelPack,
  product: StandardPolicyProduct | OwnPolicyProduct,
  lang: Lang,
): string {
  if ('name' in product) return product.name;
  return packProduct(pack, product)?.name[lang] ?? product.key;
}

/**
 * The heatmap of the city's matrix: every cell (areas × dimensions, in the API's order) with its
 * score and its numbers of products, the standard's and the city's own, labelled from the pack.
 */
export function matrixHeatmapInput(
  matrix: InteroperabilityMatrix,
  pack: OperatingModelPack,
  lang: Lang,
): InteroperabilityHeatmapInput {
  return {
    cells: matrix.areaIds.flatMap((areaId) =>
      matrix.dimensionIds.map((dimensionId) => {
        const cell = cellOf(matrix, areaId, dimensionId);
        return {
          areaLabel: areaName(pack, areaId, lang),
          dimensionLabel: dimensionName(pack, dimensionId, lang),
          score: cell?.score ?? null,
          counts: { standard: cell?.standard.length ?? 0, own: cell?.own.length ?? 0 },
        };
      }),
    ),
  };
}

/** A cell of the matrix. */
export function cellOf(
  matrix: InteroperabilityMatrix,
  areaId: string,
  dimensionId: string,
): MatrixCell | undefined {
  return matrix.cells.find((c) => c.areaId === areaId && c.dimensionId === dimensionId);
}

/** The products of the whole matrix: how many, how many of them the city's own, by status. */
export function matrixTotals(matrix: InteroperabilityMatrix): {
  total: number;
  own: number;
  counts: StatusCounts;
} {
  const counts = matrix.summary.counts;
  return {
    total: counts.none + counts.drafting + counts.adopted + counts.reviewed,
    own: matrix.cells.reduce((sum, c) => sum + c.own.length, 0),
    counts,
  };
}

/** A score (0–3) with one decimal in the language. */
export function formatScore(score: number, lang: Lang): string {
  return new Intl.NumberFormat(langTag(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(score);
}

/** The codes a product can be tagged with: the pack's components, and the parts without one of that code. */
export function componentCodeOptions(pack: OperatingModelPack, lang: Lang) {
  const components = pack.components.map((c) => ({
    value: c.code,
    label: `${c.code} ${c.name[lang]}`,
  }));
  const parts = pack.parts
    .filter((p) => !pack.components.some((c) => c.code === p.code))
    .map((p) => ({ value: p.code, label: `${p.code} ${p.name[lang]}` }));
  return [...components, ...parts];
}

/** The form's values of a product (text fields, empty for none). */
export interface ProductValues {
  name: string;
  areaId: string;
  dimensionId: string;
  componentCodes: string[];
  status: PolicyProductStatus;
  documentUrl: string;
  notes: string;
}

export function productValues(product: StandardPolicyProduct | OwnPolicyProduct): ProductValues {
  return {
    name: 'name' in product ? product.name : '',
    areaId: product.areaId,
    dimensionId: product.dimensionId,
    componentCodes: product.componentCodes,
    status: product.status,
    documentUrl: product.documentUrl ?? '',
    notes: product.notes,
  };
}

/** What the API takes for the status of a product: trimmed, an empty link → null. */
export function productStateInput(values: ProductValues) {
  const url = values.documentUrl.trim();
  return {
    status: values.status,
    documentUrl: url === '' ? null : url,
    notes: values.notes.trim(),
  };
}

/** What the API takes for a product of the city's own. */
export function ownProductInput(values: ProductValues): OwnProductInput {
  return {
    ...productStateInput(values),
    name: values.name.trim(),
    areaId: values.areaId,
    dimensionId: values.dimensionId,
    componentCodes: values.componentCodes,
  };
}
