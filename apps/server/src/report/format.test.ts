import { describe, expect, it } from 'vitest';
import {
  alphaReading,
  dateOrMoment,
  countryName,
  gap,
  groupName,
  level,
  rollupLevel,
  timestamp,
} from './format.js';

describe('report number formats', () => {
  it('prints medians with at most one decimal and roll-ups with exactly one', () => {
    expect([
      level(2.5, 'en'),
      level(3, 'en'),
      rollupLevel(3, 'en'),
      rollupLevel(2.25, 'zh'),
    ]).toEqual(['2.5', '3', '3.0', '2.3']);
  });

  it('signs gaps, with a true minus for a planned decline', () => {
    expect([gap(1.5, 'en'), gap(-0.5, 'en'), gap(0, 'en'), gap(1, 'en', 'rollup')]).toEqual([
      '+1.5',
      '−0.5',
      '0',
      '+1.0',
    ]);
  });

  it('prints a dash for a missing figure', () => {
    expect([level(null, 'zh'), gap(undefined, 'en'), rollupLevel(null, 'en')]).toEqual([
      '—',
      '—',
      '—',
    ]);
  });
});

describe('alphaReading', () => {
  it('reads alpha after Krippendorff: 0.800 high, 0.667 moderate, below low, null undefined', () => {
    expect([0.8, 0.799, 0.667, 0.666, null].map(alphaReading)).toEqual([
      'high',
      'moderate',
      'moderate',
      'low',
      'undefined',
    ]);
  });
});

describe('names', () => {
  it('names a country from its ISO code in the report language', () => {
    expect([countryName('CN', 'zh'), countryName('gb', 'en')]).toEqual(['中国', 'United Kingdom']);
  });

  it('keeps a code it cannot name', () => {
    expect(countryName('not a code', 'en')).toBe('not a code');
  });

  it("names a standard stakeholder group, the organisation's own, or falls back to the id", () => {
    expect([
      groupName('residents', 'zh'),
      groupName('chamber', 'en', { chamber: { zh: '商会', en: 'Chamber of commerce' } }),
      groupName('unknown-group', 'en'),
    ]).toEqual(['居民', 'Chamber of commerce', 'unknown-group']);
  });

  it('keeps a date and writes an ISO date-time in UTC', () => {
    expect([dateOrMoment('2026-11-02'), dateOrMoment('2026-11-02T10:11:12.000+08:00')]).toEqual([
      '2026-11-02',
      '2026-11-02 02:11 UTC',
    ]);
  });

  it('writes moments in UTC, whatever the server zone', () => {
    expect(timestamp(new Date('2026-11-03T08:30:59Z'))).toBe('2026-11-03 08:30 UTC');
  });
});
