import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../api/programme-risks.js';
import { bandOfScore, bandsFromFloors, riskGridCells, sortRisks } from './risk-logic.js';

const floors = { low: 1, medium: 5, high: 10, critical: 20 };

describe('bandsFromFloors', () => {
  it('runs each band to the next floor, the last to 25, named in the language', () => {
    expect(bandsFromFloors(floors, (b) => b.toUpperCase())).toEqual([
      { id: 'low', min: 1, max: 4, label: 'LOW' },
      { id: 'medium', min: 5, max: 9, label: 'MEDIUM' },
      { id: 'high', min: 10, max: 19, label: 'HIGH' },
      { id: 'critical', min: 20, max: 25, label: 'CRITICAL' },
    ]);
  });
});

describe('bandOfScore', () => {
  it('bands every score of 1–25 by the highest floor at or below it', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map((s) => bandOfScore(s, floors))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('riskGridCells', () => {
  it('reads grid[likelihood - 1][impact - 1]', () => {
    const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
    (grid[3] as number[])[4] = 2;
    const cells = riskGridCells(grid);
    expect([cells.length, cells.filter((c) => c.count > 0)]).toEqual([
      25,
      [{ likelihood: 4, impact: 5, count: 2 }],
    ]);
  });
});

describe('sortRisks', () => {
  it('puts active risks first, the highest score first, closed ones last', () => {
    const risk = (id: string, score: number, status: Risk['status']) =>
      ({ id, title: id, score, status }) as Risk;
    expect(
      sortRisks([risk('a', 6, 'open'), risk('b', 25, 'closed'), risk('c', 12, 'mitigating')]).map(
        (r) => r.id,
      ),
    ).toEqual(['c', 'a', 'b']);
  });
});
