import { langTag, type Lang } from './lang.js';

/** Formats a calendar date ("2026-10-15") in the language, without shifting it by the time zone. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** Formats a moment ("2026-11-21T18:07:16.324Z") in the language and the browser's time zone. */
export function formatDateTime(isoDateTime: string, lang: Lang): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** Formats a whole number with the language's grouping (1,250,000 · 1,250,000). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(langTag(lang)).format(value);
}

/** Today's date as YYYY-MM-DD in the browser's time zone (the default date of a new assessment). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
