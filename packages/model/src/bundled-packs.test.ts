import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledPacks, type BundledPacks } from './bundled-packs.js';
import { checkMaturityModelIntegrity } from './integrity/maturity-model-integrity.js';
import { checkOperatingModelIntegrity } from './integrity/operating-model-integrity.js';
import { checkPackLinks } from './integrity/pack-links.js';
import { indexMaturityModel } from './model-index.js';

let packs: BundledPacks;
beforeAll(async () => {
  packs = await loadBundledPacks();
});

const purposeIds = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'];

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id);

describe('mmssc pack (ISO/TS 37107)', () => {
  it('has 4 dimensions, 17 sub-dimensions and 32 characteristics with the standard ids', () => {
    const model = indexMaturityModel(packs.mmssc);
    expect(ids(packs.mmssc.dimensions)).toEqual(['1', '2', '3', '4']);
    expect(model.subdimensionById.size).toBe(17);
    expect(model.characteristics.map((c) => c.id)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.2.1',
      '1.2.2',
      '1.2.3',
      '1.3.1',
      '1.3.2',
      '1.4.1',
      '1.4.2',
      '1.5.1',
      '1.5.2',
      '1.5.3',
      '2.1.1',
      '2.1.2',
      '2.2.1',
      '2.2.2',
      '2.3.1',
      '2.3.2',
      '2.4.1',
      '2.4.2',
      '3.1.1',
      '3.1.2',
      '3.1.3',
      '3.2.1',
      '3.2.2',
      '3.2.3',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
    ]);
  });

  it('gives each characteristic its type from table 2 (3.2.3, missing there, as a)', () => {
    const byType = (type: string) =>
      indexMaturityModel(packs.mmssc)
        .characteristics.filter((c) => c.characteristic.type === type)
        .map((c) => c.id);
    expect(byType('a')).toEqual([
      '1.1.2',
      '1.2.1',
      '1.2.3',
      '1.4.1',
      '1.5.1',
      '1.5.2',
      '1.5.3',
      '2.1.2',
      '2.4.2',
      '3.1.3',
      '3.2.3',
    ]);
    expect(byType('b')).toEqual([
      '1.2.2',
      '1.3.1',
      '1.3.2',
      '1.4.2',
      '2.1.1',
      '2.2.1',
      '2.2.2',
      '2.3.1',
      '2.3.2',
      '2.4.1',
      '3.1.1',
      '3.1.2',
      '3.2.1',
      '3.2.2',
    ]);
    expect(byType('c')).toEqual(['1.1.1', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6']);
  });

  it('has the five levels with one name each and the three generic level descriptions', () => {
    expect(packs.mmssc.levels.map((l) => l.name.zh)).toEqual([
      '初始',
      '部分实现',
      '实现',
      '改善',
      '持续优化',
    ]);
    expect(
      packs.mmssc.characteristic_types.map((t) => [t.id, Object.keys(t.descriptions).length]),
    ).toEqual([
      ['a', 5],
      ['b', 5],
      ['c', 5],
    ]);
  });

  it('has five criteria, in Chinese and English, for every characteristic', () => {
    for (const c of indexMaturityModel(packs.mmssc).characteristics) {
      expect(Object.keys(c.characteristic.levels).sort()).toEqual(['1', '2', '3', '4', '5']);
      for (const criterion of Object.values(c.characteristic.levels)) {
        expect(criterion.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(criterion.en).not.toMatch(/[\u4e00-\u9fff]/);
        expect(criterion.zh).not.toMatch(/\n\n|[\u4e00-\u9fff] +[\u4e00-\u9fff]/);
      }
    }
  });

  it('keeps the decided correction of 1.2.3 level 5 (cumulative on level 4), with a note', () => {
    const criterion = indexMaturityModel(packs.mmssc).characteristicById.get('1.2.3')
      ?.characteristic.levels['5'];
    expect(criterion?.builds_on).toBe(4);
    expect(criterion?.notes?.map((n) => n.kind)).toContain('seed-defect');
  });

  it('has the 8 design principles, 5 evidence methods, 5 improvement stages and 12 documents', () => {
    expect(packs.mmssc.design_principles).toHaveLength(8);
    expect(ids(packs.mmssc.evidence_methods)).toEqual([
      'single-stakeholder',
      'multi-stakeholder',
      'facilitated-workshop',
      'multi-city-benchmark',
      'external-audit',
    ]);
    expect(ids(packs.mmssc.improvement_stages)).toHaveLength(5);
    expect(packs.mmssc.improvement_documents).toHaveLength(12);
  });

  it('quotes at the performance evaluation stage why a city also rates its plan (5.1), with a note on the English', () => {
    const stage = packs.mmssc.improvement_stages?.find(
      (s) => s.id === 'performance-evaluation-and-improvement',
    );
    const [quote] = stage?.quotes ?? [];
    expect(quote?.text.zh).toBe(
      '这两方面的评估可以评估当前的优势和劣势，也评价了现有改进计划中存在的问题。',
    );
    expect(quote?.source).toEqual({ doc: 'gbt-37107', ref: '5.1' });
    expect(quote?.notes?.[0]?.text.en).toContain("CityMaturity's rendering");
  });

  it('orders the evidence methods by rising cost and confidence', () => {
    const scale = ['lowest', 'low', 'medium', 'high', 'highest'];
    expect(
      packs.mmssc.evidence_methods?.map((m) => [m.rank, m.relative_cost, m.relative_confidence]),
    ).toEqual(scale.map((s, i) => [i + 1, s, s]));
  });

  it('maps every sub-dimension to supporting documents (Annex B) and every purpose to ISO 18091 functions (Annex C)', () => {
    const targets = (packs.mmssc.supporting_documents ?? []).map((e) => e.target);
    for (const sub of indexMaturityModel(packs.mmssc).subdimensionById.keys())
      expect(targets).toContain(sub);
    expect(packs.mmssc.function_links?.map((l) => l.target)).toEqual(purposeIds);
  });

  it('links other maturity models (table 4), with ISO 18091 red / yellow / green ≈ levels 1–3', () => {
    expect(ids(packs.mmssc.other_models)).toEqual([
      'iso-18091',
      'cen-smart-resilience',
      'g3ict-digital-inclusion',
    ]);
    const iso18091 = packs.mmssc.other_models?.find((m) => m.id === 'iso-18091');
    expect(iso18091?.level_mapping?.map((m) => [m.id, m.approximate_level])).toEqual([
      ['red', 1],
      ['yellow', 2],
      ['green', 3],
    ]);
  });
});

describe('scom pack (ISO 37106 / GB/T 41150)', () => {
  it('has the components A, B1–B14, C1–C3 and D in four parts and three areas', () => {
    expect(packs.scom.components.map((c) => c.code)).toEqual([
      'A',
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
      'B7',
      'B8',
      'B9',
      'B10',
      'B11',
      'B12',
      'B13',
      'B14',
      'C1',
      'C2',
      'C3',
      'D',
    ]);
    expect(packs.scom.parts.map((p) => p.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(packs.scom.areas.map((a) => [a.mmssc_dimension, a.components.length])).toEqual([
      ['1', 7],
      ['2', 4],
      ['3', 3],
    ]);
  });

  it('gives every component its recommendations', () => {
    for (const c of packs.scom.components) expect(c.recommendations.length).toBeGreaterThan(0);
  });

  it('has the four implementation principles of Annex A', () => {
    expect(ids(packs.scom.implementation_principles)).toEqual([
      'visionary',
      'citizen-centric',
      'digital',
      'open-and-collaborative',
    ]);
  });

  it('has 9 key success factors with checklist statements, derived ones only where Annex B is truncated (7–9)', () => {
    const factors = packs.scom.key_success_factors ?? [];
    expect(factors.map((f) => f.subfactors.length)).toEqual([3, 3, 3, 3, 2, 2, 5, 3, 3]);
    const derivedFactors = factors
      .filter((f) => f.subfactors.some((s) => s.checklist.some((c) => c.derived)))
      .map((f) => f.number);
    expect(derivedFactors).toEqual([7, 8, 9]);
    for (const f of factors.filter((x) => x.number >= 7)) {
      for (const s of f.subfactors) expect(s.checklist.every((c) => c.derived)).toBe(true);
    }
  });

  it('has the interoperability matrix: 3 areas × 5 dimensions, strategic × technical empty', () => {
    const matrix = packs.scom.interoperability_matrix;
    expect(matrix?.dimensions.map((d) => d.id)).toEqual([
      'political',
      'legal',
      'organisational',
      'semantic',
      'technical',
    ]);
    expect(matrix?.cells).toHaveLength(15);
    const empty = matrix?.cells
      .filter((c) => c.products.length === 0)
      .map((c) => `${c.area}/${c.dimension}`);
    expect(empty).toEqual(['strategic-management/technical']);
  });

  it('has 5 roadmap phases, 5 stakeholder types, 6 governance changes, 6 purposes and 18 vision qualities', () => {
    expect(ids(packs.scom.roadmap_phases)).toEqual([
      'planning',
      'initiation',
      'implementation',
      'consolidation',
      'transformation',
    ]);
    expect(ids(packs.scom.stakeholder_types)).toEqual([
      'promoters',
      'investors',
      'implementers',
      'consumers',
      'external',
    ]);
    expect(packs.scom.governance_changes).toHaveLength(6);
    expect(packs.scom.purposes?.map((p) => p.mmssc_characteristic)).toEqual(purposeIds);
    expect(packs.scom.vision_qualities?.qualities).toHaveLength(18);
    expect(packs.scom.operating_model_shift).toHaveLength(6);
  });

  it('has every row of the procurement table (16 in the seed; noted where the guide says 15)', () => {
    expect(packs.scom.procurement_transformation?.rows.map((r) => r.number)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(packs.scom.procurement_transformation?.notes?.map((n) => n.kind)).toContain(
      'seed-defect',
    );
  });
});

describe('both packs', () => {
  it('have unique ids and resolving cross-references, within and between the packs', () => {
    expect(checkMaturityModelIntegrity(packs.mmssc)).toEqual([]);
    expect(checkOperatingModelIntegrity(packs.scom)).toEqual([]);
    expect(checkPackLinks(packs.mmssc, packs.scom)).toEqual([]);
  });

  it('have every text non-empty in Chinese and English, Chinese text in zh and no Chinese in English', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string, inNote: boolean): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          walk(v, `${path}[${String(i)}]`, inNote);
        });
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.zh === 'string' && typeof record.en === 'string') {
        if (record.zh.trim() === '' || record.en.trim() === '')
          problems.push(`${path}: empty text`);
        // English may quote the Chinese only inside notes (which explain the printed text).
        if (!inNote && /[\u4e00-\u9fff]/.test(record.en)) problems.push(`${path}: Chinese in en`);
      }
      for (const [key, child] of Object.entries(record))
        walk(
          child,
          path === '' ? key : `${path}.${key}`,
          inNote || key === 'notes' || key === 'note' || key === 'meta',
        );
    };
    walk(packs.mmssc, 'mmssc', false);
    walk(packs.scom, 'scom', false);
    expect(problems).toEqual([]);
  });

  it('give every element a provenance that resolves to a declared source document', () => {
    const docs = new Set(
      [...packs.mmssc.meta.documents, ...packs.scom.meta.documents].map((d) => d.id),
    );
    let sources = 0;
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) {
        value.forEach(walk);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      const source = record.source as { doc?: string } | undefined;
      if (source?.doc !== undefined) {
        sources++;
        expect(docs).toContain(source.doc);
      }
      Object.values(record).forEach(walk);
    };
    walk(packs);
    expect(sources).toBeGreaterThan(150);
  });
});
