import { describe, expect, it } from 'vitest';
import type { GroupProgress } from '../../api/stakeholders.js';
import { barWidths, countsOf, percentOf, totalsOf } from './progress-summary.js';

const group = (key: string, counts: Partial<GroupProgress>): GroupProgress => ({
  key,
  name: { zh: key, en: key },
  invited: 0,
  opened: 0,
  notOpened: 0,
  inProgress: 0,
  completed: 0,
  revoked: 0,
  expired: 0,
  ...counts,
});

describe('countsOf', () => {
  it('puts revoked and expired links together as closed', () => {
    expect(
      countsOf(
        group('residents', {
          invited: 7,
          completed: 2,
          inProgress: 1,
          notOpened: 1,
          revoked: 2,
          expired: 1,
        }),
      ),
    ).toEqual({ invited: 7, completed: 2, inProgress: 1, notOpened: 1, closed: 3 });
  });
});

describe('totalsOf', () => {
  it('adds up every group', () => {
    expect(
      totalsOf([
        group('a', { invited: 3, completed: 1, notOpened: 2 }),
        group('b', { invited: 2, inProgress: 1, expired: 1 }),
      ]),
    ).toEqual({ invited: 5, completed: 1, inProgress: 1, notOpened: 2, closed: 1 });
  });

  it('is all zeros without groups', () => {
    expect(totalsOf([])).toEqual({
      invited: 0,
      completed: 0,
      inProgress: 0,
      notOpened: 0,
      closed: 0,
    });
  });
});

describe('percentOf', () => {
  it('rounds to a whole number and is 0 for an empty total', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('barWidths', () => {
  it('measures the parts against the largest group', () => {
    expect(
      barWidths({ invited: 2, completed: 1, inProgress: 1, notOpened: 0, closed: 0 }, 4),
    ).toEqual({ completed: 25, inProgress: 25, notOpened: 0, closed: 0 });
  });

  it('draws nothing when nobody is invited', () => {
    expect(
      barWidths({ invited: 0, completed: 0, inProgress: 0, notOpened: 0, closed: 0 }, 0),
    ).toEqual({ completed: 0, inProgress: 0, notOpened: 0, closed: 0 });
  });
});
