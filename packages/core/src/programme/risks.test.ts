import fc from 'fast-check';
import { loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import {
  riskBand,
  riskBandRange,
  riskBands,
  riskScore,
  riskStatuses,
  summariseRisks,
  type RiskInput,
} from './risks.js';

const { scom } = await loadBundledPacks();

const risk = (id: string, likelihood: number, impact: number, more: Partial<RiskInput> = {}) => ({
  id,
  likelihood,
  impact,
  status: 'open' as const,
  factorIds: [],
  ...more,
});

describe('risk score and band', () => {
  it('scores likelihood × impact', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
  });

  it('bands low 1–4, medium 5–9, high 10–19, critical 20–25', () => {
    expect([1, 4, 5, 9, 10, 16, 19, 20, 25].map(riskBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('partitions 1..25 into contiguous bands in order, each band reached by some risk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), (score) => {
        const here = riskBands.indexOf(riskBand(score));
        const next = riskBands.indexOf(riskBand(score + 1));
        expect(next === here || next === here + 1).toBe(true);
      }),
    );
    const reached = new Set<string>();
    for (let l = 1; l <= 5; l++)
      for (let i = 1; i <= 5; i++) reached.add(riskBand(riskScore(l, i)));
    expect([...reached].sort()).toEqual([...riskBands].sort());
    expect(riskBand(1)).toBe('low');
    expect(riskBand(25)).toBe('critical');
  });

  it('never lowers the band when likelihood or impact rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), (low, other) => {
        const band = (l: number, i: number) => riskBands.indexOf(riskBand(riskScore(l, i)));
        expect(band(low + 1, other)).toBeGreaterThanOrEqual(band(low, other));
        expect(band(other, low + 1)).toBeGreaterThanOrEqual(band(other, low));
      }),
    );
  });
});

describe('summariseRisks', () => {
  const summary = summariseRisks(scom, [
    risk('a', 5, 4, { factorIds: ['ksf-2', 'ksf-9'] }),
    risk('b', 2, 3, { factorIds: ['ksf-2'], status: 'mitigating' }),
    risk('c', 5, 5, { factorIds: ['ksf-2'], status: 'closed' }),
    risk('d', 1, 2),
  ]);

  it('counts risks by status, and the active ones by band', () => {
    expect(summary.byStatus).toEqual({ open: 2, mitigating: 1, closed: 1 });
    expect(summary.byBand).toEqual({ low: 1, medium: 1, high: 0, critical: 1 });
  });

  it('places the active risks on the 5 × 5 likelihood × impact grid', () => {
    expect(summary.grid).toHaveLength(5);
    expect(summary.grid.every((row) => row.length === 5)).toBe(true);
    expect(summary.grid[4]?.[3]).toBe(1);
    expect(summary.grid[1]?.[2]).toBe(1);
    expect(summary.grid[0]?.[1]).toBe(1);
    expect(summary.grid[4]?.[4]).toBe(0);
  });

  it('gives each factor its active risks, highest first, and the highest band', () => {
    expect(summary.factors).toHaveLength(9);
    expect(summary.factors.find((f) => f.factorId === 'ksf-2')).toEqual({
      factorId: 'ksf-2',
      riskIds: ['a', 'b'],
      highestBand: 'critical',
      highestScore: 20,
    });
    expect(summary.factors.find((f) => f.factorId === 'ksf-1')).toEqual({
      factorId: 'ksf-1',
      riskIds: [],
      highestBand: null,
      highestScore: null,
    });
  });

  it('lists the active risks linked to no factor', () => {
    expect(summary.unlinked).toEqual(['d']);
  });

  it('puts every active risk once on the grid and in a band', () => {
    const anyRisk = fc.record({
      id: fc.uuid(),
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom(...riskStatuses),
      factorIds: fc.subarray(['ksf-1', 'ksf-5', 'unknown-factor']),
    });
    fc.assert(
      fc.property(fc.array(anyRisk, { maxLength: 30 }), (risks) => {
        const s = summariseRisks(scom, risks);
        const active = risks.filter((r) => r.status !== 'closed').length;
        expect(s.grid.flat().reduce((a, b) => a + b, 0)).toBe(active);
        expect(Object.values(s.byBand).reduce((a, b) => a + b, 0)).toBe(active);
        expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(risks.length);
      }),
    );
  });
});

describe('riskBandRange', () => {
  it('gives the scores of each band, together 1–25 without a gap', () => {
    expect(riskBands.map((b) => riskBandRange(b))).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 9 },
      { from: 10, to: 19 },
      { from: 20, to: 25 },
    ]);
  });
});
