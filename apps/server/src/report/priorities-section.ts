import { characteristicLabel, levelLabel } from '@citymaturity/charts';
import type { Priority } from '@citymaturity/core';
import { gap, level } from './format.js';
import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

const small = { size: 9 } as const;
const label = {
  size: 9,
  bold: true,
  color: reportColors.muted,
  gapAfter: 1,
  keepWith: 28,
} as const;

/**
 * One priority: current → target, the next level's criteria and generic description, the ISO
 * 37106 components with their recommendations, and the supporting standards. A component's
 * recommendations are printed once, at the first priority that cites it; later ones refer back.
 */
function writePriority(
  w: ReportWriter,
  input: ReportInput,
  priority: Priority,
  firstCitedBy: Map<string, number>,
): void {
  const { lang, model } = input;
  const m = reportMessages[lang];
  const g = priority.guidance;
  w.heading(
    m.priority(priority.rank, characteristicLabel(model, priority.characteristic, lang)),
    2,
    60,
  );
  w.paragraph(
    m.priorityLevels(
      level(priority.current, lang),
      level(priority.target, lang),
      gap(priority.gap, lang),
    ),
    { bold: true, color: reportColors.accent },
  );
  if (g.nextLevel !== null && g.nextCriteria) {
    w.paragraph(m.nextCriteria(levelLabel(model, g.nextLevel, lang)), label);
    w.paragraph(g.nextCriteria[lang]);
  }
  if (g.nextLevel !== null && g.nextTypeDescription) {
    w.paragraph(m.typeDescription(g.nextLevel, g.type), label);
    w.paragraph(g.nextTypeDescription[lang], small);
  }
  w.paragraph(m.components, { ...label, gapAfter: 2 });
  if (g.components.length === 0) w.paragraph(m.noComponents, small);
  for (const component of g.components) {
    w.item(m.component(component.code, component.name[lang], component.clause), {
      ...small,
      bold: true,
      keepWith: 28,
    });
    const first = firstCitedBy.get(component.code);
    if (first !== undefined) {
      w.paragraph(m.seeAbove(first), { ...small, indent: 12, color: reportColors.muted });
      continue;
    }
    firstCitedBy.set(component.code, priority.rank);
    for (const recommendation of component.recommendations) {
      w.item(recommendation.text[lang], { ...small, indent: 12, marker: '–' });
      for (const sub of recommendation.items ?? []) {
        w.item(sub[lang], { ...small, indent: 24, marker: '·' });
      }
    }
  }
  if (g.supportingDocuments.length > 0) {
    w.paragraph(m.supporting, { ...label, gapAfter: 2 });
    for (const doc of g.supportingDocuments) {
      w.item(doc.text[lang], { ...small, color: reportColors.muted });
    }
  }
  w.space(6);
}

/** The priorities (core's order: largest planned gap, then lowest current level), each with its guidance. */
export function writePriorities(w: ReportWriter, input: ReportInput): void {
  const m = reportMessages[input.lang];
  w.heading(m.priorities, 1, 90);
  w.paragraph(m.prioritiesRule, { size: 9, color: reportColors.muted, gapAfter: 6 });
  if (input.score.priorities.length === 0) {
    w.paragraph(m.noPriorities);
    return;
  }
  const firstCitedBy = new Map<string, number>();
  for (const priority of input.score.priorities) writePriority(w, input, priority, firstCitedBy);
}
