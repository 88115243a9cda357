import type { TextLanguage } from '@citymaturity/model';

/** The dash shown where there is no value (no median: nobody gave a level). */
export const noValue = '–';

/** The text language (zh or en) of the interface language code i18next reports. */
export function textLanguage(language: string): TextLanguage {
  return language === 'en' ? 'en' : 'zh';
}

/** The BCP 47 tag used to format numbers and dates in a text language. */
export function localeOf(lang: TextLanguage): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

function decimals(value: number, lang: TextLanguage, min: number, max: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  }).format(value);
}

/** A median or a single level: "3", "2.5"; "–" when there is none. */
export function formatMedian(value: number | null | undefined, lang: TextLanguage): string {
  return value === null || value === undefined ? noValue : decimals(value, lang, 0, 1);
}

/** A roll-up (a mean to one decimal): "2.0", "3.5"; "–" when there is none. */
export function formatRollup(value: number | null | undefined, lang: TextLanguage): string {
  return value === null || value === undefined ? noValue : decimals(value, lang, 1, 1);
}

/**
 * A gap with its sign: "+1.1", "0.0", "−0.5" (a true minus sign), one decimal for roll-ups, up to
 * one for medians ("+2", "+1.5"); "–" when there is none.
 */
export function formatGap(
  value: number | null | undefined,
  lang: TextLanguage,
  kind: 'median' | 'rollup' = 'median',
): string {
  if (value === null || value === undefined) return noValue;
  const magnitude =
    kind === 'rollup'
      ? decimals(Math.abs(value), lang, 1, 1)
      : decimals(Math.abs(value), lang, 0, 1);
  if (value === 0) return magnitude;
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}

/** A share (0–1) as a whole percentage: "75%"; "–" when there is none. */
export function formatShare(value: number | null | undefined, lang: TextLanguage): string {
  if (value === null || value === undefined) return noValue;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

/** Krippendorff's alpha to three decimals: "0.712", "−0.050"; "–" when undefined. */
export function formatAlpha(value: number | null, lang: TextLanguage): string {
  if (value === null) return noValue;
  const text = decimals(Math.abs(value), lang, 3, 3);
  return value < 0 ? `−${text}` : text;
}

/** How to read an alpha (Krippendorff 2004): high ≥ 0.800, moderate ≥ 0.667, low below. */
export function alphaReading(value: number | null): 'high' | 'moderate' | 'low' | 'undefined' {
  if (value === null) return 'undefined';
  if (value >= 0.8) return 'high';
  if (value >= 0.667) return 'moderate';
  return 'low';
}

/**
 * A calendar date given as YYYY-MM-DD, written in the language ("2026年10月15日", "15 October
 * 2026"), read in UTC so that no time zone moves it to another day. Other text is returned as is.
 */
export function formatDate(date: string, lang: TextLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
}

/** A moment (ISO 8601) as a date and time in the language, in the browser's time zone. */
export function formatMoment(moment: string, lang: TextLanguage, timeZone?: string): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return moment;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A list of names joined the language's way: "A、B" in Chinese, "A, B" in English. */
export function joinList(items: readonly string[], lang: TextLanguage): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/**
 * A list of at most `max` items joined the language's way, followed by what `more` says of the
 * rest ("and 17 more"): long lists of ids stay readable.
 */
export function abbreviateList(
  items: readonly string[],
  lang: TextLanguage,
  max: number,
  more: (rest: number) => string,
): string {
  if (items.length <= max) return joinList(items, lang);
  return `${joinList(items.slice(0, max), lang)}${lang === 'zh' ? '' : ' '}${more(items.length - max)}`;
}

/** Text in brackets the language's way: "（…）" in Chinese, "(…)" in English. */
export function inBrackets(text: string, lang: TextLanguage): string {
  return lang === 'zh' ? `（${text}）` : `(${text})`;
}

/** The colon after a label: "：" in Chinese, ": " in English. */
export function colon(lang: TextLanguage): string {
  return lang === 'zh' ? '：' : ': ';
}
