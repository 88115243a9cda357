import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, dateOfDay, dayNumber } from './calendar-days.js';

describe('calendar days', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });

  it('adds years on the same month and day, 29 February becoming 28 February', () => {
    expect(addYears('2026-03-01', 2)).toBe('2028-03-01');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-12-31', 2)).toBe('2027-12-31');
  });

  it('turns a day number back into its date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        expect(dayNumber(dateOfDay(day))).toBe(day);
      }),
    );
  });
});
