import { describe, expect, it } from 'vitest';
import { cellText, parseAnswerCell, parseDateCell } from './form-cells.js';
import { isDontKnow } from './form-text.js';

describe('parseAnswerCell', () => {
  it('reads a level given as a number or as text', () => {
    expect(
      [1, '2', ' 3 ', '４', '5级', 'Level 4', '3.0'].map((v) => parseAnswerCell(v, 5)),
    ).toEqual([
      { kind: 'level', level: 1 },
      { kind: 'level', level: 2 },
      { kind: 'level', level: 3 },
      { kind: 'level', level: 4 },
      { kind: 'level', level: 5 },
      { kind: 'level', level: 4 },
      { kind: 'level', level: 3 },
    ]);
  });

  it('reads "don’t know" in either language', () => {
    for (const text of ['不知道', 'Don’t know', "don't know", 'DON’T KNOW', 'unknown'])
      expect(parseAnswerCell(text, 5)).toEqual({ kind: 'unknown' });
  });

  it('treats an empty cell, or blanks, as not answered', () => {
    expect([null, undefined, '', '  '].map((v) => parseAnswerCell(v, 5).kind)).toEqual([
      'empty',
      'empty',
      'empty',
      'empty',
    ]);
  });

  it('refuses levels outside the model, fractions, dates, booleans and other text', () => {
    for (const value of [0, 6, 2.5, '7', 'high', true, new Date(Date.UTC(2026, 0, 1))])
      expect(parseAnswerCell(value, 5)).toEqual({ kind: 'invalid' });
  });

  it('takes the number of levels from the model', () => {
    expect(parseAnswerCell(4, 3)).toEqual({ kind: 'invalid' });
  });
});

describe('parseDateCell', () => {
  it('reads a date cell as the calendar date', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 10, 1)))).toBe('2026-11-01');
  });

  it('reads a date written in the usual ways', () => {
    expect(
      ['2026-11-01', '2026/11/1', '2026.11.01', '2026年11月1日', '２０２６-１１-０１'].map(
        parseDateCell,
      ),
    ).toEqual(Array(5).fill('2026-11-01'));
  });

  it('reads a spreadsheet day number (a date cell that lost its format)', () => {
    expect(parseDateCell(46_327)).toBe('2026-11-01');
  });

  it('gives null for an empty cell and undefined for what is not a date', () => {
    expect([null, ''].map(parseDateCell)).toEqual([null, null]);
    expect(['2026-02-30', 'next week', 12, true].map(parseDateCell)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('cellText', () => {
  it('trims text, writes numbers as they are and dates as YYYY-MM-DD', () => {
    expect([' a ', 4.1, new Date(Date.UTC(2026, 10, 1)), null].map(cellText)).toEqual([
      'a',
      '4.1',
      '2026-11-01',
      '',
    ]);
  });
});

describe('isDontKnow', () => {
  it('does not take a level or other words for "don’t know"', () => {
    expect(['3', 'no', 'know'].some(isDontKnow)).toBe(false);
  });
});
