import { loadBundledPacks, type OperatingModelPack } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  InteroperabilityMatrix,
  OwnPolicyProduct,
  StandardPolicyProduct,
} from '../../../api/programme-components.js';
import {
  componentCodeOptions,
  formatScore,
  matrixHeatmapInput,
  matrixTotals,
  ownProductInput,
  productName,
  productStateInput,
  productValues,
} from './matrix-logic.js';

let pack: OperatingModelPack;
beforeAll(async () => {
  pack = (await loadBundledPacks()).scom;
});

const state = { documentUrl: null, notes: '', version: 0, updatedAt: null, updatedBy: null };
const standard = (
  index: number,
  status: StandardPolicyProduct['status'],
): StandardPolicyProduct => ({
  key: `strategic-management/political/${String(index)}`,
  areaId: 'strategic-management',
  dimensionId: 'political',
  index,
  componentCodes: ['A'],
  status,
  ...state,
});
const own: OwnPolicyProduct = {
  id: 'p1',
  areaId: 'strategic-management',
  dimensionId: 'technical',
  name: 'Data sharing specification',
  componentCodes: ['B12'],
  status: 'adopted',
  ...state,
  documentUrl: 'https://example.org/spec',
  createdAt: '2026-11-22T00:00:00Z',
};

const matrix: InteroperabilityMatrix = {
  areaIds: ['strategic-management'],
  dimensionIds: ['political', 'technical'],
  cells: [
    {
      areaId: 'strategic-management',
      dimensionId: 'political',
      standard: [standard(1, 'reviewed'), standard(2, 'none')],
      own: [],
      counts: { none: 1, drafting: 0, adopted: 0, reviewed: 1 },
      score: 1.5,
    },
    {
      areaId: 'strategic-management',
      dimensionId: 'technical',
      standard: [],
      own: [own],
      counts: { none: 0, drafting: 0, adopted: 1, reviewed: 0 },
      score: 2,
    },
  ],
  summary: { counts: { none: 1, drafting: 0, adopted: 1, reviewed: 1 }, score: 1.67 },
};

describe('matrixHeatmapInput', () => {
  it("labels every cell from the pack with its score and the standard's and own products", () => {
    const input = matrixHeatmapInput(matrix, pack, 'en');
    const area = pack.areas.find((a) => a.id === 'strategic-management')?.name.en;
    expect(input.cells.map((c) => [c.areaLabel, c.score, c.counts])).toEqual([
      [area, 1.5, { standard: 2, own: 0 }],
      [area, 2, { standard: 0, own: 1 }],
    ]);
    expect(input.cells[0]?.dimensionLabel).toBe(
      pack.interoperability_matrix?.dimensions.find((d) => d.id === 'political')?.name.en,
    );
  });
});

describe('productName', () => {
  it("names a product of the standard from the pack and one of the city's own by its name", () => {
    const packName = pack.interoperability_matrix?.cells.find(
      (c) => c.area === 'strategic-management' && c.dimension === 'political',
    )?.products[1]?.name.zh;
    expect([productName(pack, standard(2, 'none'), 'zh'), productName(pack, own, 'zh')]).toEqual([
      packName,
      'Data sharing specification',
    ]);
  });
});

describe('matrixTotals and formatScore', () => {
  it('counts the products, the own ones and by status', () => {
    expect(matrixTotals(matrix)).toEqual({
      total: 3,
      own: 1,
      counts: { none: 1, drafting: 0, adopted: 1, reviewed: 1 },
    });
  });

  it('writes a score with one decimal', () => {
    expect([formatScore(1.67, 'en'), formatScore(2, 'zh')]).toEqual(['1.7', '2.0']);
  });
});

describe('componentCodeOptions', () => {
  it('offers every component, and a part that has no component of its code (C)', () => {
    const values = componentCodeOptions(pack, 'en').map((o) => o.value);
    expect(values).toContain('B14');
    expect(values).toContain('C');
    expect(values.filter((v) => v === 'A')).toHaveLength(1);
  });
});

describe('product inputs', () => {
  it('sends the state of a product of the standard, an empty link as null', () => {
    expect(productStateInput({ ...productValues(standard(1, 'drafting')), notes: ' n ' })).toEqual({
      status: 'drafting',
      documentUrl: null,
      notes: 'n',
    });
  });

  it("sends every field of a product of the city's own", () => {
    expect(ownProductInput(productValues(own))).toEqual({
      status: 'adopted',
      documentUrl: 'https://example.org/spec',
      notes: '',
      name: 'Data sharing specification',
      areaId: 'strategic-management',
      dimensionId: 'technical',
      componentCodes: ['B12'],
    });
  });
});
