import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, todayIsoDate } from './format.js';

describe('formatDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2026-10-15', 'en')).toBe('October 15, 2026');
    expect(formatDate('2026-10-15', 'zh')).toBe('2026年10月15日');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('formatNumber', () => {
  it('groups digits', () => {
    expect(formatNumber(1250000, 'en')).toBe('1,250,000');
  });
});

describe('todayIsoDate', () => {
  it('pads month and day', () => {
    expect(todayIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
