import { interoperabilityMatrix, type PolicyProductStatus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentOwnProduct, presentStandardProduct } from './interoperability-support.js';

/**
 * The city's interoperability matrix (ISO 37106 figure 5): every cell of the pack's areas ×
 * interoperability dimensions with the standard's products and the city's status of each (none
 * when never recorded), the city's own products, counts by status and the heatmap's score (core
 * `interoperabilityMatrix`: the mean status rank, null for a cell without products).
 */
export async function getInteroperabilityMatrix(ctx: AppContext, caller: ScopedCaller) {
  const rows = await repositories.listPolicyProducts(ctx.database.db, caller.scope);
  const standardRows = new Map(
    rows.flatMap((r) => (r.packProductKey === null ? [] : [[r.packProductKey, r] as const])),
  );
  const own = rows.filter((r) => r.packProductKey === null);
  const matrix = interoperabilityMatrix(
    ctx.operatingModel,
    new Map<string, PolicyProductStatus>([...standardRows].map(([key, row]) => [key, row.status])),
    own,
  );
  return {
    areaIds: matrix.areaIds,
    dimensionIds: matrix.dimensionIds,
    cells: matrix.cells.map((cell) => ({
      areaId: cell.areaId,
      dimensionId: cell.dimensionId,
      standard: cell.standard.map((p) =>
        presentStandardProduct(
          { ...p, areaId: cell.areaId, dimensionId: cell.dimensionId },
          standardRows.get(p.key),
        ),
      ),
      own: cell.own.map(presentOwnProduct),
      counts: cell.counts,
      score: cell.score,
    })),
    summary: matrix.summary,
  };
}
