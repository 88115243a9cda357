import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

/** Where the wording comes from: the scoring rules and each pack's translation note and rights. */
export function writeProvenance(w: ReportWriter, input: ReportInput): void {
  const { lang } = input;
  const m = reportMessages[lang];
  w.heading(m.provenance, 1, 80);
  const style = { size: 9, color: reportColors.muted };
  w.paragraph(m.provenanceScoring, style);
  for (const meta of [input.model.pack.meta, input.operatingModel.meta]) {
    w.paragraph(
      m.provenanceModel(meta.title[lang], meta.standard.designation, meta.translation[lang]),
      style,
    );
    w.paragraph(meta.rights[lang], style);
  }
}
