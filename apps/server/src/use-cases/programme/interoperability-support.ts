import { policyProductKey } from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import type { OperatingModelPack } from '@citymaturity/model';
import { HttpError } from '../../http/http-error.js';
import { fieldError, presentUpdatedBy } from './components-support.js';

// What the interoperability matrix's use cases share: products as the API shows them, the checks
// of pack ids (areas, dimensions, products, component codes), the conflict.

type ProductRow = repositories.PolicyProductRecord;

/** A product of the standard in a cell with the city's record of it (none: status `none`, version 0). */
export function presentStandardProduct(
  product: { areaId: string; dimensionId: string; index: number; componentCodes: string[] },
  row: ProductRow | undefined,
) {
  return {
    key: policyProductKey(product.areaId, product.dimensionId, product.index),
    areaId: product.areaId,
    dimensionId: product.dimensionId,
    index: product.index,
    componentCodes: product.componentCodes,
    status: row?.status ?? 'none',
    documentUrl: row?.documentUrl ?? null,
    notes: row?.notes ?? '',
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedBy: row ? presentUpdatedBy(row) : null,
  };
}

/** One of the city's own products. */
export function presentOwnProduct(row: ProductRow) {
  return {
    id: row.id,
    areaId: row.areaId,
    dimensionId: row.dimensionId,
    name: row.name,
    componentCodes: row.componentCodes,
    status: row.status,
    documentUrl: row.documentUrl,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(row),
  };
}

export type StandardProductView = ReturnType<typeof presentStandardProduct>;
export type OwnProductView = ReturnType<typeof presentOwnProduct>;

/** The pack's product of the standard at a place of the matrix; 400 naming the field that is wrong. */
export function standardProductAt(
  pack: OperatingModelPack,
  place: { areaId: string; dimensionId: string; index: number },
) {
  checkCell(pack, place, 'params');
  const cell = pack.interoperability_matrix?.cells.find(
    (c) => c.area === place.areaId && c.dimension === place.dimensionId,
  );
  const product = cell?.products[place.index - 1];
  if (!product) throw fieldError('unknown-policy-product', 'params.index', String(place.index));
  return { ...place, componentCodes: [...product.tags] };
}

/** 400 naming `<where>.areaId` or `<where>.dimensionId` when the matrix has no such area or dimension. */
export function checkCell(
  pack: OperatingModelPack,
  place: { areaId?: string | undefined; dimensionId?: string | undefined },
  where: 'params' | 'body',
): void {
  if (place.areaId !== undefined && !pack.areas.some((a) => a.id === place.areaId))
    throw fieldError('unknown-interoperability-area', `${where}.areaId`, place.areaId);
  const dimensions = pack.interoperability_matrix?.dimensions ?? [];
  if (place.dimensionId !== undefined && !dimensions.some((d) => d.id === place.dimensionId))
    throw fieldError(
      'unknown-interoperability-dimension',
      `${where}.dimensionId`,
      place.dimensionId,
    );
}

/** 400 naming every component code the pack has neither as a component nor as a part. */
export function checkComponentCodes(pack: OperatingModelPack, codes: readonly string[]): void {
  const known = new Set([...pack.components.map((c) => c.code), ...pack.parts.map((p) => p.code)]);
  const issues = codes.flatMap((code, i) =>
    known.has(code) ? [] : [{ path: `body.componentCodes.${String(i)}`, message: code }],
  );
  if (issues.length > 0) throw new HttpError(400, 'policy-product-unknown-component', { issues });
}

/** 412 with the product as stored now. */
export function productConflict(current: StandardProductView | OwnProductView | null): HttpError {
  return new HttpError(412, 'policy-product-conflict', { current });
}
