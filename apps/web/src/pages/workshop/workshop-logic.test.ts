import { describe, expect, it } from 'vitest';
import type { ConsensusItem, LevelStatistics, WorkshopCharacteristic } from '../../api/workshop.js';
import {
  characteristicStatus,
  distributionBars,
  draftChanged,
  draftOf,
  formatFileSize,
  inputOf,
  levelsOfMedian,
  medianPosition,
  needsRefresh,
  neighbours,
  parseWorkshopEvent,
} from './workshop-logic.js';

const statistics = (distribution: Record<string, number>, unknown = 0): LevelStatistics => ({
  n: Object.values(distribution).reduce((a, b) => a + b, 0),
  unknown,
  missing: 0,
  median: null,
  mean: null,
  min: null,
  max: null,
  distribution,
  iqr: null,
  agreement: null,
});

const item = (patch: Partial<ConsensusItem> = {}): ConsensusItem => ({
  characteristicId: '1.1.1',
  agreed: true,
  current: 2,
  target: 3,
  rationale: 'Plan adopted',
  dissent: '',
  version: 4,
  updatedAt: '2026-11-21T10:00:00.000Z',
  updatedBy: null,
  ...patch,
});

const characteristic = (patch: Partial<WorkshopCharacteristic> = {}): WorkshopCharacteristic => ({
  current: statistics({}),
  target: statistics({}),
  groups: {},
  divergence: [],
  consensus: null,
  ...patch,
});

describe('parseWorkshopEvent', () => {
  it('reads the version, the change and the characteristic of an event', () => {
    expect(parseWorkshopEvent('{"version":12,"change":"focus","characteristicId":"2.1"}')).toEqual({
      version: 12,
      change: 'focus',
      characteristicId: '2.1',
    });
  });

  it('ignores data that is not JSON or lacks a version', () => {
    expect(parseWorkshopEvent('not json')).toBeUndefined();
    expect(parseWorkshopEvent('{"change":"focus"}')).toBeUndefined();
    expect(parseWorkshopEvent(undefined)).toBeUndefined();
  });
});

describe('needsRefresh', () => {
  it('reads again when the event is newer than the state held', () => {
    expect(needsRefresh({ version: 8, change: 'consensus' }, 7)).toBe(true);
  });

  it('does not read again for an event the state already includes', () => {
    expect(needsRefresh({ version: 7, change: 'initial' }, 7)).toBe(false);
    expect(needsRefresh({ version: 6, change: 'focus' }, 7)).toBe(false);
  });

  it('always reads again on resync, and when no state is held', () => {
    expect(needsRefresh({ version: 3, change: 'resync' }, 7)).toBe(true);
    expect(needsRefresh({ version: 1, change: 'initial' }, undefined)).toBe(true);
  });
});

describe('characteristicStatus', () => {
  it('is agreed when the consensus has both levels, even with divergent groups', () => {
    const divergence = [
      { measure: 'current' as const, groups: ['a', 'b'], medians: {}, spread: 3, pairs: [] },
    ];
    expect(characteristicStatus(characteristic({ consensus: item(), divergence }))).toBe('agreed');
  });

  it('is divergent when groups differ and nothing is agreed (a reopened item included)', () => {
    const divergence = [
      { measure: 'target' as const, groups: ['a', 'b'], medians: {}, spread: 2, pairs: [] },
    ];
    const reopened = item({ agreed: false, current: null, target: null });
    expect(characteristicStatus(characteristic({ divergence, consensus: reopened }))).toBe(
      'divergent',
    );
  });

  it('is open otherwise', () => {
    expect(characteristicStatus(characteristic())).toBe('open');
    expect(characteristicStatus(undefined)).toBe('open');
  });
});

describe('neighbours', () => {
  const ids = ['1.1', '1.2', '1.3'];

  it('gives the characteristics before and after the focus', () => {
    expect(neighbours(ids, '1.2')).toEqual({ previous: '1.1', next: '1.3' });
    expect(neighbours(ids, '1.3')).toEqual({ previous: '1.2', next: null });
  });

  it('starts at the first characteristic without a focus', () => {
    expect(neighbours(ids, null)).toEqual({ previous: null, next: '1.1' });
  });
});

describe('distribution bars', () => {
  it('gives one bar per level and one for "don\'t know", scaled to the tallest', () => {
    const bars = distributionBars(
      statistics({ '1': 2, '2': 0, '3': 4, '4': 1, '5': 0 }, 1),
      [1, 2, 3, 4, 5],
    );
    expect(bars.map((b) => [b.level, b.count, b.height])).toEqual([
      [1, 2, 0.5],
      [2, 0, 0],
      [3, 4, 1],
      [4, 1, 0.25],
      [5, 0, 0],
      ['unknown', 1, 0.25],
    ]);
  });

  it('draws no bar when nobody rated', () => {
    expect(distributionBars(statistics({}), [1, 2]).every((b) => b.height === 0)).toBe(true);
  });

  it('places the median in the middle of its level, or between two levels', () => {
    expect(medianPosition(3, 5)).toBeCloseTo(0.5);
    expect(medianPosition(2.5, 5)).toBeCloseTo(0.4);
    expect(medianPosition(null, 5)).toBeNull();
  });

  it('points a median at its level, or at both levels around a half', () => {
    expect(levelsOfMedian(3)).toEqual([3]);
    expect(levelsOfMedian(2.5)).toEqual([2, 3]);
    expect(levelsOfMedian(null)).toEqual([]);
  });
});

describe('the consensus draft', () => {
  it('starts from the stored item, or empty', () => {
    expect(draftOf(item())).toEqual({
      current: 2,
      target: 3,
      rationale: 'Plan adopted',
      dissent: '',
    });
    expect(draftOf(null)).toEqual({ current: null, target: null, rationale: '', dissent: '' });
  });

  it('is unchanged when only surrounding spaces differ (the server trims them)', () => {
    expect(draftChanged({ ...draftOf(item()), rationale: ' Plan adopted ' }, item())).toBe(false);
    expect(draftChanged({ ...draftOf(item()), target: 'unknown' }, item())).toBe(true);
  });

  it('cannot be saved until both levels are chosen', () => {
    expect(inputOf({ current: 2, target: null, rationale: '', dissent: '' })).toBeUndefined();
    expect(inputOf({ current: 'unknown', target: 4, rationale: ' why ', dissent: '' })).toEqual({
      current: 'unknown',
      target: 4,
      rationale: 'why',
      dissent: '',
    });
  });
});

describe('formatFileSize', () => {
  it('writes kilobytes and megabytes with one decimal below ten', () => {
    expect(formatFileSize(3400, 'en')).toBe('3.4 kB');
    expect(formatFileSize(12_300_000, 'en')).toBe('12 MB');
    expect(formatFileSize(850, 'zh')).toMatch(/^850/);
  });
});
