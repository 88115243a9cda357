import { characteristicLabel, formatLevel } from '@citymaturity/charts';
import { strengthsAndWeaknesses, type StandoutCharacteristic } from '@citymaturity/core';
import { alpha, alphaReading, groupName, level } from './format.js';
import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

/** The strengths and weaknesses on current levels (core's rule), with the rule in one sentence. */
export function writeStrengthsAndWeaknesses(w: ReportWriter, input: ReportInput): void {
  const { lang, model, score } = input;
  const m = reportMessages[lang];
  const { strengths, weaknesses } = strengthsAndWeaknesses(model, score.characteristics);
  w.heading(m.strengthsAndWeaknesses, 1, 90);
  w.paragraph(m.strengthsRule, { size: 9, color: reportColors.muted, gapAfter: 6 });
  const list = (title: string, items: readonly StandoutCharacteristic[]) => {
    w.heading(title, 3, 30);
    if (items.length === 0) w.paragraph(m.none);
    for (const item of items) {
      w.item(
        m.standout(
          characteristicLabel(model, item.characteristic, lang),
          level(item.current, lang),
          item.agreement,
        ),
      );
    }
  };
  list(m.strengths, strengths);
  list(m.weaknesses, weaknesses);
}

/** The characteristics on which stakeholder groups' medians differ by 2 levels or more. */
export function writeDivergence(w: ReportWriter, input: ReportInput): void {
  const { lang, model, score } = input;
  const m = reportMessages[lang];
  w.heading(m.divergence, 1, 70);
  w.paragraph(m.divergenceRule, { size: 9, color: reportColors.muted, gapAfter: 6 });
  if (score.divergence.length === 0) {
    w.paragraph(m.noDivergence);
    return;
  }
  for (const flag of score.divergence) {
    const groups = flag.groups.map(
      (g) => [groupName(g, lang, input.groupNames), level(flag.medians[g], lang)] as const,
    );
    w.item(
      m.divergenceItem(
        characteristicLabel(model, flag.characteristic, lang),
        m.measure[flag.measure],
        formatLevel(flag.spread),
        groups,
      ),
    );
  }
}

/** Krippendorff's alpha for current and target, with how to read it. */
export function writeAgreement(w: ReportWriter, input: ReportInput): void {
  const { lang, score } = input;
  const m = reportMessages[lang];
  w.heading(m.agreement, 1, 70);
  for (const measure of ['current', 'target'] as const) {
    const value = score.alpha[measure];
    w.item(
      m.alphaValue(m.measure[measure], alpha(value, lang), m.alphaReading[alphaReading(value)]),
    );
  }
  w.space(4);
  w.paragraph(m.alphaRule, { size: 9, color: reportColors.muted });
}
