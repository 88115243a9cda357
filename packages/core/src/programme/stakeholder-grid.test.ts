import fc from 'fast-check';
import { loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import {
  engagementLevels,
  gridStrategy,
  isUnderEngaged,
  strategyAttention,
  summariseStakeholders,
  type EngagementLevel,
} from './stakeholder-grid.js';

const { scom } = await loadBundledPacks();

describe('gridStrategy', () => {
  it('suggests a strategy for each of the nine cells (influence, interest)', () => {
    const cells = [3, 2, 1].map((influence) =>
      [1, 2, 3].map((interest) => gridStrategy(influence, interest)),
    );
    expect(cells).toEqual([
      ['keep-satisfied', 'manage-closely', 'manage-closely'],
      ['keep-satisfied', 'keep-informed', 'manage-closely'],
      ['monitor', 'keep-informed', 'keep-informed'],
    ]);
  });

  it('never asks for less attention when influence or interest rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 3 }), (low, other) => {
        const attention = (influence: number, interest: number) =>
          strategyAttention(gridStrategy(influence, interest));
        expect(attention(low + 1, other)).toBeGreaterThanOrEqual(attention(low, other));
        expect(attention(other, low + 1)).toBeGreaterThanOrEqual(attention(other, low));
      }),
    );
  });
});

describe('isUnderEngaged', () => {
  it('flags a stakeholder to manage closely who is only informed or consulted', () => {
    expect(isUnderEngaged(3, 3, 'consult')).toBe(true);
    expect(isUnderEngaged(3, 3, 'involve')).toBe(false);
  });
  it('flags one to keep satisfied who is only informed', () => {
    expect(isUnderEngaged(3, 1, 'inform')).toBe(true);
    expect(isUnderEngaged(3, 1, 'consult')).toBe(false);
  });
  it('never flags a stakeholder to monitor or keep informed', () => {
    expect(isUnderEngaged(1, 1, 'inform')).toBe(false);
    expect(isUnderEngaged(1, 3, 'inform')).toBe(false);
  });
  it('never flags a closer engagement than one that is not flagged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (influence, interest, level) => {
          const at = (i: number) => engagementLevels[i] as EngagementLevel;
          if (!isUnderEngaged(influence, interest, at(level)))
            expect(isUnderEngaged(influence, interest, at(level + 1))).toBe(false);
        },
      ),
    );
  });
});

describe('summariseStakeholders', () => {
  const summary = summariseStakeholders(scom, [
    { id: 'a', typeId: 'promoters', influence: 3, interest: 3, engagementLevel: 'inform' },
    { id: 'b', typeId: 'promoters', influence: 1, interest: 1, engagementLevel: 'inform' },
    { id: 'c', typeId: 'consumers', influence: 3, interest: 3, engagementLevel: 'collaborate' },
  ]);

  it('counts stakeholders by every type of the pack, zero included', () => {
    expect(summary.total).toBe(3);
    expect(summary.byType).toEqual([
      { typeId: 'promoters', count: 2 },
      { typeId: 'investors', count: 0 },
      { typeId: 'implementers', count: 0 },
      { typeId: 'consumers', count: 1 },
      { typeId: 'external', count: 0 },
    ]);
  });

  it('places them on the nine cells of the grid, high influence first', () => {
    expect(summary.grid).toHaveLength(9);
    expect(summary.grid[0]).toMatchObject({ influence: 3, interest: 1, count: 0 });
    expect(summary.grid[2]).toEqual({
      influence: 3,
      interest: 3,
      strategy: 'manage-closely',
      count: 2,
      stakeholderIds: ['a', 'c'],
    });
    expect(summary.grid[6]).toMatchObject({ influence: 1, interest: 1, stakeholderIds: ['b'] });
  });

  it('lists the under-engaged stakeholders', () => {
    expect(summary.underEngaged).toEqual(['a']);
  });
});
