import type { ModelIndex } from '@citymaturity/model';
import type { AssessmentScore } from '../score-assessment.js';
import type { Rollup } from '../scoring/rollup.js';
import { officialLevels } from '../scoring/official-levels.js';
import type { LevelStatistics } from '../statistics/level-statistics.js';
import {
  resultsFormatTag,
  type ResultsCharacteristic,
  type ResultsDocument,
} from './results-schema.js';

/** What the results document says about the city and the assessment besides the score. */
export interface ResultsContext {
  city: ResultsDocument['city'];
  assessment: ResultsDocument['assessment'];
  /** When the document is made (ISO 8601, UTC), given by the caller. */
  generatedAt: string;
}

function statistics(s: LevelStatistics): ResultsCharacteristic['current_statistics'] {
  return {
    n: s.n,
    unknown: s.unknown,
    missing: s.missing,
    median: s.median,
    mean: s.mean,
    min: s.min,
    max: s.max,
    iqr: s.iqr,
    agreement: s.agreement,
  };
}

function rollup(r: Rollup) {
  return { current: r.current, target: r.target, gap: r.gap, characteristics: r.characteristics };
}

/**
 * An assessment's results as open data (`citymaturity/results@1`): per characteristic the
 * official levels (the medians, or a facilitated workshop's consensus) with the statistics of the
 * ratings, and every roll-up, in the model's order. Stakeholder groups and individual answers are
 * not part of it, so it can be published as it is.
 */
export function resultsOpenData(
  model: ModelIndex,
  score: AssessmentScore,
  context: ResultsContext,
): ResultsDocument {
  const pack = model.pack;
  return {
    format: resultsFormatTag,
    model: {
      id: pack.meta.id,
      version: pack.meta.version,
      standard: pack.meta.standard.designation,
    },
    city: context.city,
    assessment: context.assessment,
    generated_at: context.generatedAt,
    overall: rollup(score.overall),
    rollup_groups: (pack.rollup_groups ?? []).flatMap((g) => {
      const r = score.rollupGroups[g.id];
      return r ? [{ id: g.id, name: g.name, ...rollup(r) }] : [];
    }),
    dimensions: pack.dimensions.flatMap((d) => {
      const r = score.dimensions[d.id];
      return r ? [{ id: d.id, name: d.name, ...rollup(r) }] : [];
    }),
    subdimensions: pack.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => {
        const r = score.subdimensions[s.id];
        return r ? [{ id: s.id, dimension: d.id, name: s.name, ...rollup(r) }] : [];
      }),
    ),
    characteristics: model.characteristics.flatMap((c) => {
      const result = score.characteristics[c.id];
      if (!result) return [];
      const official = officialLevels(result);
      return [
        {
          id: c.id,
          dimension: c.dimensionId,
          subdimension: c.subdimensionId,
          name: c.characteristic.name,
          current: official.current,
          target: official.target,
          gap: result.gap,
          basis: official.basis,
          current_statistics: statistics(result.current),
          target_statistics: statistics(result.target),
        },
      ];
    }),
  };
}

/** The columns of the results CSV, in order (the header row). */
export const resultsCsvColumns = [
  'characteristic_id',
  'dimension_id',
  'subdimension_id',
  'name_zh',
  'name_en',
  'current',
  'target',
  'gap',
  'basis',
  'current_median',
  'current_n',
  'current_unknown',
  'current_iqr',
  'current_agreement',
  'target_median',
  'target_n',
  'target_unknown',
  'target_iqr',
  'target_agreement',
] as const;

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The results as CSV (RFC 4180, CRLF line ends): one row per characteristic with its ids, names
 * in both languages, official levels, gap and the statistics of the ratings. It starts with a
 * UTF-8 byte order mark so that Excel opens the Chinese names correctly.
 */
export function resultsCsv(document: ResultsDocument): string {
  const rows = document.characteristics.map((c) =>
    [
      c.id,
      c.dimension,
      c.subdimension,
      c.name.zh,
      c.name.en,
      c.current,
      c.target,
      c.gap,
      c.basis,
      c.current_statistics.median,
      c.current_statistics.n,
      c.current_statistics.unknown,
      c.current_statistics.iqr,
      c.current_statistics.agreement,
      c.target_statistics.median,
      c.target_statistics.n,
      c.target_statistics.unknown,
      c.target_statistics.iqr,
      c.target_statistics.agreement,
    ]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[resultsCsvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
