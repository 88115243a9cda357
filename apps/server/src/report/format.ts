import { formatLevel } from '@citymaturity/charts';
import { standardStakeholderGroups } from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import { reportMessages } from './messages.js';
import type { ReportLanguage } from './report-input.js';

/** A median or roll-up as the report prints it ("2.5", "3"), or "—" when there is none. */
export function level(value: number | null | undefined, lang: ReportLanguage): string {
  return value === null || value === undefined ? reportMessages[lang].notRated : formatLevel(value);
}

/** A roll-up (a mean, one decimal) as the report prints it ("2.0", "3.5"), or "—". */
export function rollupLevel(value: number | null | undefined, lang: ReportLanguage): string {
  return value === null || value === undefined ? reportMessages[lang].notRated : value.toFixed(1);
}

/** A gap with its sign ("+1.1", "0", "−0.5"; roll-ups with one decimal), or "—" when there is none. */
export function gap(
  value: number | null | undefined,
  lang: ReportLanguage,
  decimals: 'median' | 'rollup' = 'median',
): string {
  if (value === null || value === undefined) return reportMessages[lang].notRated;
  const magnitude =
    decimals === 'rollup' ? Math.abs(value).toFixed(1) : formatLevel(Math.abs(value));
  if (value === 0) return magnitude;
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}

/** Krippendorff's alpha to three decimals, or "—". */
export function alpha(value: number | null, lang: ReportLanguage): string {
  return value === null ? reportMessages[lang].notRated : value.toFixed(3);
}

/** How to read an alpha (Krippendorff 2004): high ≥ 0.800, moderate ≥ 0.667, low below. */
export function alphaReading(value: number | null): 'high' | 'moderate' | 'low' | 'undefined' {
  if (value === null) return 'undefined';
  if (value >= 0.8) return 'high';
  if (value >= 0.667) return 'moderate';
  return 'low';
}

/** A country's name from its ISO 3166-1 code, in the report's language (the code if unknown). */
export function countryName(code: string, lang: ReportLanguage): string {
  try {
    return (
      new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(
        code.toUpperCase(),
      ) ?? code
    );
  } catch {
    return code;
  }
}

/** A moment as "2026-11-01 14:05 UTC": unambiguous in both languages, whatever the server's zone. */
export function timestamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A date (kept as YYYY-MM-DD) or a date and time given as ISO 8601 text, written like {@link timestamp}. */
export function dateOrMoment(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const moment = new Date(text);
  return Number.isNaN(moment.getTime()) ? text : timestamp(moment);
}

/** A stakeholder group's name: the organisation's own, a standard group's, or its id. */
export function groupName(
  id: string,
  lang: ReportLanguage,
  own: Readonly<Record<string, LocalizedText>> = {},
): string {
  const standard = standardStakeholderGroups as Readonly<Record<string, LocalizedText | undefined>>;
  return own[id]?.[lang] ?? standard[id]?.[lang] ?? id;
}
