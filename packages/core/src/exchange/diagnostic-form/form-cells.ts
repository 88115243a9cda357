import { isDontKnow } from './form-text.js';

/**
 * A cell's value as a spreadsheet reader hands it over: text, a number, a boolean, a date
 * (spreadsheets store dates as numbers with a date format; readers give a Date at UTC midnight),
 * or empty.
 */
export type FormCellValue = string | number | boolean | Date | null;

/** A cell's value as trimmed text ('' when empty); dates as YYYY-MM-DD. */
export function cellText(value: FormCellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value) ?? '';
  return String(value).trim();
}

/** Full-width digits (１２３) as typed with a Chinese input method, as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** What an answer cell holds: nothing, a level, "don't know", or something that is neither. */
export type ParsedAnswer =
  { kind: 'empty' } | { kind: 'level'; level: number } | { kind: 'unknown' } | { kind: 'invalid' };

/**
 * Reads an answer cell: a whole number 1..maxLevel (as a number, or as text such as "3", "３",
 * "3级", "Level 3"), "don't know" in Chinese or English, or empty.
 */
export function parseAnswerCell(value: FormCellValue | undefined, maxLevel: number): ParsedAnswer {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= maxLevel
      ? { kind: 'level', level: value }
      : { kind: 'invalid' };
  if (typeof value !== 'string') return { kind: 'invalid' };
  const text = asciiDigits(value.trim());
  if (text === '') return { kind: 'empty' };
  if (isDontKnow(text)) return { kind: 'unknown' };
  const match = /^(?:level\s*)?(\d+)(?:\.0+)?\s*级?$/i.exec(text);
  const level = match ? Number(match[1]) : NaN;
  return Number.isInteger(level) && level >= 1 && level <= maxLevel
    ? { kind: 'level', level }
    : { kind: 'invalid' };
}

/** A date as YYYY-MM-DD, or undefined when it is not a valid calendar date. */
function isoDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return isoDate(date);
}

/** Spreadsheet day numbers (days since 1899-12-30) of the years 1950–2150. */
const serialRange = { min: 18_264, max: 91_311 };

/**
 * Reads a date cell: a date, a spreadsheet day number (a date cell that lost its format), or text
 * such as 2026-11-01, 2026/11/1, 2026.11.1 or 2026年11月1日. Returns null when empty, undefined
 * when it is not a date.
 */
export function parseDateCell(value: FormCellValue | undefined): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < serialRange.min || value > serialRange.max)
      return undefined;
    return isoDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  if (typeof value !== 'string') return undefined;
  const text = asciiDigits(value.trim());
  if (text === '') return null;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return undefined;
  return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
