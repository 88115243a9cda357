import { characteristicLabel } from '@citymaturity/charts';
import type { Rollup } from '@citymaturity/core';
import { gap, rollupLevel } from './format.js';
import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter, type TableRow } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

/**
 * The weakest characteristics of a roll-up now: "1.4.2 name; 1.5.3 name", or only the ids when
 * more than two tie; nothing for a roll-up of a single characteristic (it is its own weakest).
 */
export function weakestText(rollup: Rollup | undefined, input: ReportInput): string {
  const m = reportMessages[input.lang];
  if (!rollup || rollup.weakest.current.length === 0) return m.notRated;
  if (rollup.characteristics === 1) return '';
  const ids = rollup.weakest.current;
  if (ids.length > 2) return ids.join(input.lang === 'zh' ? '、' : ', ');
  return ids.map((id) => characteristicLabel(input.model, id, input.lang)).join(m.listSeparator);
}

/** Overall, smart enablers and purposes: current, in 2 years, gap; with how roll-ups are computed. */
export function writeSummary(w: ReportWriter, input: ReportInput): void {
  const { lang, score, model } = input;
  const m = reportMessages[lang];
  w.heading(m.summary, 1, 120);
  const row = (name: string, rollup: Rollup | undefined, emphasis = false): TableRow => ({
    cells: [
      name,
      rollupLevel(rollup?.current, lang),
      rollupLevel(rollup?.target, lang),
      gap(rollup?.gap, lang, 'rollup'),
    ],
    emphasis,
  });
  const figure = 62;
  w.table(
    [
      { header: m.columns.measure, width: w.width - 3 * figure },
      { header: m.columns.current, width: figure, align: 'right' },
      { header: m.columns.target, width: figure, align: 'right' },
      { header: m.columns.gap, width: figure, align: 'right' },
    ],
    [
      row(m.overall, score.overall, true),
      ...(model.pack.rollup_groups ?? []).map((g) => row(g.name[lang], score.rollupGroups[g.id])),
    ],
    11,
  );
  w.paragraph(m.medianRule, { color: reportColors.muted, size: 9 });
  w.paragraph(m.rollupRule, { color: reportColors.muted, size: 9 });
  const unrated = score.overall.unrated.current.length;
  if (unrated > 0) w.paragraph(m.unrated(unrated), { color: reportColors.muted, size: 9 });
}

/** Every dimension and its sub-dimensions: current, in 2 years, gap, weakest characteristic now. */
export function writeDimensionsTable(w: ReportWriter, input: ReportInput): void {
  const { lang, score, model } = input;
  const m = reportMessages[lang];
  w.heading(m.dimensionsTable, 1, 80);
  const figure = 46;
  const nameWidth = Math.round(w.width * 0.36);
  const rows: TableRow[] = model.pack.dimensions.flatMap((d) => {
    const cells = (id: string, name: string, rollup: Rollup | undefined) => [
      `${id} ${name}`,
      rollupLevel(rollup?.current, lang),
      rollupLevel(rollup?.target, lang),
      gap(rollup?.gap, lang, 'rollup'),
      weakestText(rollup, input),
    ];
    return [
      { cells: cells(d.id, d.name[lang], score.dimensions[d.id]), emphasis: true },
      ...d.subdimensions.map((s) => ({
        cells: cells(s.id, s.name[lang], score.subdimensions[s.id]),
      })),
    ];
  });
  w.table(
    [
      { header: m.dimension, width: nameWidth },
      { header: m.columns.current, width: figure, align: 'right' },
      { header: m.columns.target, width: figure + 6, align: 'right' },
      { header: m.columns.gap, width: figure - 6, align: 'right' },
      { header: m.columns.weakest, width: w.width - nameWidth - 3 * figure },
    ],
    rows,
  );
  w.paragraph(m.rollupRule, { color: reportColors.muted, size: 9 });
}
