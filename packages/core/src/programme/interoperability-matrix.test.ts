import { loadBundledPacks, type OperatingModelPack } from '@citymaturity/model';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  interoperabilityMatrix,
  isStandardPolicyProduct,
  maxPolicyProductRank,
  policyProductKey,
  policyProductStatuses,
  standardProductKeys,
  type PolicyProductStatus,
} from './interoperability-matrix.js';

let scom: OperatingModelPack;
beforeAll(async () => {
  scom = (await loadBundledPacks()).scom;
});

const own = (
  areaId: string,
  dimensionId: string,
  status: PolicyProductStatus,
  name = 'Own product',
) => ({ areaId, dimensionId, status, name });

describe('the interoperability matrix of the bundled ISO 37106 pack', () => {
  it('has every cell of the 3 areas × 5 dimensions, by area then dimension', () => {
    const matrix = interoperabilityMatrix(scom, new Map(), []);
    expect(matrix.cells).toHaveLength(15);
    expect(matrix.dimensionIds).toEqual([
      'political',
      'legal',
      'organisational',
      'semantic',
      'technical',
    ]);
    expect(matrix.cells.slice(0, 2).map((c) => [c.areaId, c.dimensionId])).toEqual([
      ['strategic-management', 'political'],
      ['strategic-management', 'legal'],
    ]);
  });

  it('keys the standard’s products by area, dimension and position in the cell, with their tags', () => {
    const cell = interoperabilityMatrix(scom, new Map(), []).cells[0];
    expect(cell?.standard.map((p) => [p.key, p.componentCodes])).toEqual([
      ['strategic-management/political/1', ['A']],
      ['strategic-management/political/2', ['B1']],
      ['strategic-management/political/3', ['B2']],
      ['strategic-management/political/4', ['C']],
      ['strategic-management/political/5', ['B7']],
    ]);
  });

  it('gives a product never recorded the status none', () => {
    const cell = interoperabilityMatrix(scom, new Map(), []).cells[0];
    expect(cell?.standard.every((p) => p.status === 'none')).toBe(true);
    expect(cell?.score).toBe(0);
  });

  it('scores a cell by the mean status rank of all its products, the city’s own included', () => {
    // strategic × legal: one product of the standard (adopted, 2) and one own (reviewed, 3).
    const matrix = interoperabilityMatrix(
      scom,
      new Map([[policyProductKey('strategic-management', 'legal', 1), 'adopted']]),
      [own('strategic-management', 'legal', 'reviewed')],
    );
    const cell = matrix.cells.find(
      (c) => c.areaId === 'strategic-management' && c.dimensionId === 'legal',
    );
    expect(cell?.score).toBe(2.5);
    expect(cell?.counts).toEqual({ none: 0, drafting: 0, adopted: 1, reviewed: 1 });
    expect(cell?.own.map((p) => p.name)).toEqual(['Own product']);
  });

  it('leaves the empty strategic × technical cell without a score until the city adds a product', () => {
    const empty = (m: ReturnType<typeof interoperabilityMatrix>) =>
      m.cells.find((c) => c.areaId === 'strategic-management' && c.dimensionId === 'technical');
    expect(empty(interoperabilityMatrix(scom, new Map(), []))?.score).toBeNull();
    const withOwn = interoperabilityMatrix(scom, new Map(), [
      own('strategic-management', 'technical', 'drafting'),
    ]);
    expect(empty(withOwn)?.score).toBe(1);
  });

  it('rounds a cell score to two decimals', () => {
    // strategic × political has 5 products: one drafting → 1/5 = 0.2; add own adopted → 3/6 = 0.5.
    const statuses = new Map<string, PolicyProductStatus>([
      ['strategic-management/political/2', 'drafting'],
      ['strategic-management/semantic/1', 'reviewed'],
    ]);
    const cells = interoperabilityMatrix(scom, statuses, []).cells;
    expect(cells[0]?.score).toBe(0.2);
    // strategic × semantic: 2 products, reviewed and none → 1.5; with two own at drafting → 5/4.
    const semantic = interoperabilityMatrix(scom, statuses, [
      own('strategic-management', 'semantic', 'drafting'),
      own('strategic-management', 'semantic', 'drafting'),
    ]).cells.find((c) => c.dimensionId === 'semantic');
    expect(semantic?.score).toBe(1.25);
  });

  it('summarises every product of the matrix', () => {
    const keys = standardProductKeys(scom);
    const matrix = interoperabilityMatrix(scom, new Map([[keys[0] ?? '', 'reviewed']]), []);
    expect(matrix.summary.counts.reviewed).toBe(1);
    expect(matrix.summary.counts.none).toBe(keys.length - 1);
  });

  it('leaves out own products of an area or dimension the pack does not have', () => {
    const matrix = interoperabilityMatrix(scom, new Map(), [own('nowhere', 'legal', 'adopted')]);
    expect(matrix.cells.flatMap((c) => c.own)).toEqual([]);
  });

  it('knows the keys of the standard’s products and nothing else', () => {
    expect(isStandardPolicyProduct(scom, 'strategic-management/political/5')).toBe(true);
    expect(isStandardPolicyProduct(scom, 'strategic-management/political/6')).toBe(false);
    expect(isStandardPolicyProduct(scom, 'strategic-management/technical/1')).toBe(false);
  });
});

describe('properties of the interoperability matrix', () => {
  const status = fc.constantFrom(...policyProductStatuses);

  it('keeps every cell score within [0, 3], null only for a cell without products', () => {
    const keys = () => standardProductKeys(scom);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), status), { maxLength: 40 }),
        fc.array(
          fc.record({
            areaId: fc.constantFrom(...scom.areas.map((a) => a.id)),
            dimensionId: fc.constantFrom(
              ...(scom.interoperability_matrix?.dimensions ?? []).map((d) => d.id),
            ),
            status,
          }),
          { maxLength: 10 },
        ),
        (recorded, owns) => {
          const all = keys();
          const statuses = new Map(recorded.map(([i, s]) => [all[i % all.length] ?? '', s]));
          const matrix = interoperabilityMatrix(scom, statuses, owns);
          for (const cell of matrix.cells) {
            const products = cell.standard.length + cell.own.length;
            if (products === 0) expect(cell.score).toBeNull();
            else {
              expect(cell.score).toBeGreaterThanOrEqual(0);
              expect(cell.score).toBeLessThanOrEqual(maxPolicyProductRank);
            }
            expect(Object.values(cell.counts).reduce((s, n) => s + n, 0)).toBe(products);
          }
          expect(matrix.cells.reduce((s, c) => s + c.own.length, 0)).toBe(owns.length);
        },
      ),
    );
  });

  it('never lowers a cell score when a product moves to a later status', () => {
    const all = () => standardProductKeys(scom);
    fc.assert(
      fc.property(fc.nat(), status, status, (i, a, b) => {
        const key = all()[i % all().length] ?? '';
        const rank = policyProductStatuses.indexOf.bind(policyProductStatuses);
        const [low, high] = rank(a) <= rank(b) ? [a, b] : [b, a];
        const cellOf = (s: PolicyProductStatus) =>
          interoperabilityMatrix(scom, new Map([[key, s]]), []).cells.find((c) =>
            c.standard.some((p) => p.key === key),
          );
        expect(cellOf(high)?.score).toBeGreaterThanOrEqual(cellOf(low)?.score ?? 0);
      }),
    );
  });
});
