import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetCents,
  budgetTotals,
  formatCents,
  roadmapTimeline,
  type TimelineInitiative,
} from './roadmap-timeline.js';

const phases = ['planning', 'initiation', 'implementation'];

const item = (
  id: string,
  phaseId: string,
  startsOn: string,
  endsOn: string,
  budget: string | null,
  currency = 'CNY',
  quickWin = false,
): TimelineInitiative => ({
  id,
  title: `Initiative ${id}`,
  phaseId,
  startsOn,
  endsOn,
  budget,
  currency,
  quickWin,
});

describe('roadmapTimeline', () => {
  const timeline = roadmapTimeline(phases, [
    item('c', 'initiation', '2026-07-01', '2026-09-30', '100.10', 'CNY', true),
    item('a', 'planning', '2026-01-01', '2026-06-30', '1000000.00'),
    item('b', 'initiation', '2026-04-01', '2027-03-31', '0.95', 'EUR'),
    item('d', 'planning', '2026-02-01', '2026-02-28', null),
  ]);

  it('gives one lane per phase of the pack, in its order, initiatives by start date', () => {
    expect(timeline.phases.map((p) => [p.phaseId, p.rows.map((r) => r.initiativeId)])).toEqual([
      ['planning', ['a', 'd']],
      ['initiation', ['b', 'c']],
      ['implementation', []],
    ]);
  });

  it('counts the days of each bar, both ends included', () => {
    expect(timeline.phases[0]?.rows.map((r) => r.days)).toEqual([181, 28]);
  });

  it("gives each phase's span and the programme's", () => {
    expect(timeline.phases[1]?.span).toEqual({
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      days: 365,
    });
    expect(timeline.phases[2]?.span).toBeNull();
    expect(timeline.span).toEqual({ startsOn: '2026-01-01', endsOn: '2027-03-31', days: 455 });
  });

  it('totals budgets per currency and never adds different currencies', () => {
    expect(timeline.phases[1]?.budgets).toEqual([
      { currency: 'CNY', total: '100.10', initiatives: 1 },
      { currency: 'EUR', total: '0.95', initiatives: 1 },
    ]);
    expect(timeline.budgets).toEqual([
      { currency: 'CNY', total: '1000100.10', initiatives: 2 },
      { currency: 'EUR', total: '0.95', initiatives: 1 },
    ]);
    expect(timeline.unbudgeted).toBe(1);
  });

  it('counts quick wins', () => {
    expect([timeline.quickWins, timeline.phases[1]?.quickWins]).toEqual([1, 1]);
  });

  it('keeps initiatives of a phase the pack does not have, in a lane of their own', () => {
    const odd = roadmapTimeline(phases, [
      item('x', 'retired-phase', '2026-01-01', '2026-01-01', null),
    ]);
    expect(odd.phases.map((p) => [p.phaseId, p.inPack, p.rows.length])).toEqual([
      ['planning', true, 0],
      ['initiation', true, 0],
      ['implementation', true, 0],
      ['retired-phase', false, 1],
    ]);
  });
});

describe('budgets', () => {
  it('reads and writes cents exactly', () => {
    expect(budgetCents('12.5')).toBe(1250n);
    expect(budgetCents('0.07')).toBe(7n);
    expect(formatCents(100000001n)).toBe('1000000.01');
  });

  it('sums exactly where floating point would not (0.10 + 0.20 = 0.30)', () => {
    expect(
      budgetTotals([
        { budget: '0.10', currency: 'CNY' },
        { budget: '0.20', currency: 'CNY' },
      ]),
    ).toEqual([{ currency: 'CNY', total: '0.30', initiatives: 2 }]);
  });

  it("adds up the phases' totals to the programme's, currency by currency", () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            phaseId: fc.constantFrom(...phases),
            cents: fc.option(cents, { nil: null }),
            currency: fc.constantFrom('CNY', 'EUR', 'GBP'),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const t = roadmapTimeline(
            phases,
            rows.map((r, i) =>
              item(
                String(i),
                r.phaseId,
                '2026-01-01',
                '2026-12-31',
                r.cents === null ? null : formatCents(r.cents),
                r.currency,
              ),
            ),
          );
          for (const { currency, total } of t.budgets) {
            const byPhase = t.phases
              .flatMap((p) => p.budgets)
              .filter((b) => b.currency === currency)
              .reduce((sum, b) => sum + budgetCents(b.total), 0n);
            expect(byPhase).toBe(budgetCents(total));
            const expected = rows
              .filter((r) => r.currency === currency && r.cents !== null)
              .reduce((sum, r) => sum + (r.cents ?? 0n), 0n);
            expect(budgetCents(total)).toBe(expected);
          }
          expect(t.phases.reduce((n, p) => n + p.rows.length, 0)).toBe(rows.length);
        },
      ),
    );
  });
});
