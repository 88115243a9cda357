import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessKpi,
  expectedKpiValue,
  kpiPlanProblem,
  kpiTolerance,
  plannedPoints,
  type KpiPlan,
  type KpiPoint,
  type KpiStatus,
} from './kpi-status.js';

// Share of renewable energy: 20 % at the baseline (2026-01-01), 30 % by 2027-01-01, 50 % by 2029-01-01.
const renewables: KpiPlan = {
  direction: 'increase',
  baseline: { on: '2026-01-01', value: 20 },
  milestones: [
    { on: '2027-01-01', value: 30 },
    { on: '2029-01-01', value: 50 },
  ],
};
const points = plannedPoints(renewables);
const actual = (on: string, value: number): KpiPoint => ({ on, value });

describe('the expected value of a KPI', () => {
  it('interpolates between the baseline and the first milestone by days', () => {
    // 2026-07-02 is day 182 of 365: 20 + 10 × 182/365.
    expect(expectedKpiValue(points, '2026-07-02')).toBeCloseTo(20 + (10 * 182) / 365, 10);
  });

  it('interpolates between milestones', () => {
    // 2028-01-01 is 365 of the 731 days between 2027-01-01 and 2029-01-01.
    expect(expectedKpiValue(points, '2028-01-01')).toBeCloseTo(30 + (20 * 365) / 731, 10);
  });

  it('is the baseline before it and the last milestone after it', () => {
    expect(expectedKpiValue(points, '2025-06-01')).toBe(20);
    expect(expectedKpiValue(points, '2031-06-01')).toBe(50);
  });

  it('is the value of a point on its date', () => {
    expect(expectedKpiValue(points, '2027-01-01')).toBe(30);
  });

  it('has no value without a point', () => {
    expect(expectedKpiValue([], '2027-01-01')).toBeNull();
  });

  it('stays between the lowest and the highest planned value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 4000 }),
        (values, offset) => {
          const planned = values.map((value, i) => ({
            on: new Date(Date.UTC(2025, 0, 1 + 400 * i)).toISOString().slice(0, 10),
            value,
          }));
          const on = new Date(Date.UTC(2024, 6, 1 + offset)).toISOString().slice(0, 10);
          const expected = expectedKpiValue(planned, on) ?? NaN;
          expect(expected).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(expected).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        },
      ),
    );
  });
});

describe('the tolerance', () => {
  it('is 5 % of the change planned over the stretch the date falls in', () => {
    expect(kpiTolerance(points, '2026-07-01')).toBeCloseTo(0.5, 10);
    expect(kpiTolerance(points, '2028-07-01')).toBeCloseTo(1, 10);
    expect(kpiTolerance(points, '2030-07-01')).toBeCloseTo(1, 10);
  });

  it('is 5 % of the value to hold where the stretch plans no change', () => {
    const hold = plannedPoints({
      baseline: { on: '2026-01-01', value: 80 },
      milestones: [{ on: '2027-01-01', value: 80 }],
    });
    expect(kpiTolerance(hold, '2026-06-01')).toBeCloseTo(4, 10);
  });
});

describe('assessKpi', () => {
  it('has no data before the first actual value', () => {
    expect(assessKpi(renewables, []).status).toBe('no-data');
  });

  it('is on track when the latest actual is no worse than expected', () => {
    const r = assessKpi(renewables, [actual('2027-01-01', 31)]);
    expect([r.status, r.expected, r.deviation]).toEqual(['on-track', 30, 1]);
  });

  it('is on track when the latest actual is short of expected by less than the tolerance', () => {
    // Expected 30 on 2027-01-01; the date ends the first stretch (20 → 30): tolerance 0.5.
    expect(assessKpi(renewables, [actual('2027-01-01', 29.6)]).status).toBe('on-track');
  });

  it('is off track when the latest actual is short of expected by more than the tolerance', () => {
    expect(assessKpi(renewables, [actual('2027-01-01', 29.4)]).status).toBe('off-track');
  });

  it('judges the latest actual, not the earlier ones', () => {
    const r = assessKpi(renewables, [actual('2027-01-01', 28), actual('2026-06-01', 40)]);
    expect([r.status, r.latest]).toEqual(['off-track', actual('2027-01-01', 28)]);
  });

  it('is achieved when the latest actual meets the final milestone', () => {
    expect(assessKpi(renewables, [actual('2028-01-01', 50)]).status).toBe('achieved');
  });

  it('reads a decrease KPI the other way round', () => {
    const emissions: KpiPlan = {
      direction: 'decrease',
      baseline: { on: '2026-01-01', value: 100 },
      milestones: [{ on: '2028-01-01', value: 60 }],
    };
    expect(assessKpi(emissions, [actual('2027-01-01', 79)]).status).toBe('on-track');
    expect(assessKpi(emissions, [actual('2027-01-01', 90)]).status).toBe('off-track');
    expect(assessKpi(emissions, [actual('2027-01-01', 55)]).status).toBe('achieved');
  });

  it('cannot judge values without a milestone', () => {
    const r = assessKpi({ ...renewables, milestones: [] }, [actual('2027-01-01', 25)]);
    expect([r.status, r.expected]).toEqual(['no-trajectory', null]);
  });

  const plans = fc
    .record({
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      baseline: fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }),
      milestones: fc.array(fc.integer({ min: -500, max: 500 }), { maxLength: 4 }),
    })
    .map((p): KpiPlan => ({
      direction: p.direction,
      baseline: p.baseline === null ? null : { on: '2026-01-01', value: p.baseline },
      milestones: p.milestones.map((value, i) => ({
        on: `${String(2027 + i)}-01-01`,
        value,
      })),
    }));
  const actuals = fc.array(
    fc.record({
      on: fc.constantFrom('2025-06-01', '2026-05-17', '2027-01-01', '2028-09-30', '2032-01-01'),
      value: fc.double({ min: -600, max: 600, noNaN: true }),
    }),
    { maxLength: 4 },
  );

  it('gives the same status when the direction and the sign of every value are flipped', () => {
    const flip = (p: KpiPoint) => ({ on: p.on, value: -p.value });
    fc.assert(
      fc.property(plans, actuals, (plan, values) => {
        const mirrored: KpiPlan = {
          direction: plan.direction === 'increase' ? 'decrease' : 'increase',
          baseline: plan.baseline && flip(plan.baseline),
          milestones: plan.milestones.map(flip),
        };
        expect(assessKpi(mirrored, values.map(flip)).status).toBe(assessKpi(plan, values).status);
      }),
    );
  });

  it('never judges a better latest value worse', () => {
    const rank: Record<KpiStatus, number> = {
      'off-track': 0,
      'on-track': 1,
      achieved: 2,
      'no-data': -1,
      'no-trajectory': -1,
    };
    fc.assert(
      fc.property(
        plans,
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 300 }),
        (plan, value, better) => {
          const step = plan.direction === 'increase' ? better : -better;
          const before = assessKpi(plan, [actual('2027-06-01', value)]).status;
          const after = assessKpi(plan, [actual('2027-06-01', value + step)]).status;
          expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
        },
      ),
    );
  });
});

describe('kpiPlanProblem', () => {
  it('accepts milestones in date order after the baseline', () => {
    expect(kpiPlanProblem(renewables)).toBeNull();
  });

  it('names a milestone not after the baseline', () => {
    expect(
      kpiPlanProblem({ ...renewables, milestones: [{ on: '2026-01-01', value: 25 }] }),
    ).toEqual({ index: 0, problem: 'not-after-baseline' });
  });

  it('names a milestone not after the one before it', () => {
    expect(
      kpiPlanProblem({
        baseline: null,
        milestones: [
          { on: '2028-01-01', value: 25 },
          { on: '2027-01-01', value: 30 },
        ],
      }),
    ).toEqual({ index: 1, problem: 'not-after-previous' });
  });
});
