import { describe, expect, it } from 'vitest';
import { matrixCell } from './matrix-cells.js';

const state = (level: number, current: number | null, target: number | null) =>
  matrixCell(level, current, target).state;

describe('matrixCell', () => {
  it('marks a level at or below the current median as reached now, with ●', () => {
    expect(matrixCell(2, 2, 4)).toMatchObject({ state: 'reached', symbol: '●' });
  });

  it('marks a level above the current median and at or below the target median as planned, with ○', () => {
    expect(matrixCell(4, 2, 4)).toMatchObject({ state: 'planned', symbol: '○' });
  });

  it('leaves a level above both medians empty', () => {
    expect(matrixCell(5, 2, 4)).toMatchObject({ state: 'neither', symbol: '' });
  });

  it('fills half of the next level for a current median of 2.5 whose target goes no further', () => {
    expect(matrixCell(3, 2.5, 2.5)).toMatchObject({
      left: 'current',
      right: 'none',
      state: 'halfReached',
      symbol: '●½',
    });
  });

  it('splits the cell between reached and planned when the current median is 2.5 and the target higher', () => {
    expect(matrixCell(3, 2.5, 4)).toMatchObject({
      left: 'current',
      right: 'planned',
      state: 'halfReachedRestPlanned',
      symbol: '◐',
    });
  });

  it('fills half of a planned level for a target median of 3.5', () => {
    expect(matrixCell(4, 2, 3.5)).toMatchObject({
      left: 'planned',
      right: 'none',
      state: 'halfPlanned',
      symbol: '○½',
    });
  });

  it('shows only what is reached now when the target is below the current level', () => {
    expect([state(3, 3, 2), state(4, 3, 2)]).toEqual(['reached', 'neither']);
  });

  it('shows nothing reached without a current median, and the plan where there is a target', () => {
    expect([state(1, null, 2), state(3, null, 2), state(1, null, null)]).toEqual([
      'planned',
      'neither',
      'neither',
    ]);
  });
});
