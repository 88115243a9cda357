import { reportFonts } from './fonts.js';
import { countryName, dateOrMoment, timestamp } from './format.js';
import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

/** The city in the report's language and the other language's name under it (when they differ). */
export function cityNames(input: ReportInput): { main: string; other: string } {
  const { nameZh, nameEn } = input.organisation;
  const [main, other] = input.lang === 'zh' ? [nameZh, nameEn] : [nameEn, nameZh];
  return { main: main || other, other: main && other !== main ? other : '' };
}

function methodText(input: ReportInput): string {
  const m = reportMessages[input.lang];
  const methods = input.model.pack.evidence_methods ?? [];
  const method = methods.find((e) => e.id === input.assessment.method);
  if (!method) return input.assessment.method;
  const rank = m.methodRank(method.rank, methods.length, m.confidence[method.relative_confidence]);
  return `${method.name[input.lang]}\n${rank}`;
}

/** The header of the first page: the city, the assessment, and the facts that frame the result. */
export function writeTitlePage(w: ReportWriter, input: ReportInput): void {
  const { lang, model, operatingModel, assessment, organisation, score } = input;
  const m = reportMessages[lang];
  const city = cityNames(input);
  w.paragraph(m.reportKind, { size: 11, bold: true, color: reportColors.accent, gapAfter: 10 });
  w.paragraph(city.main, { size: 26, bold: true, gapAfter: 0 });
  if (city.other) w.paragraph(city.other, { size: 14, color: reportColors.muted, gapAfter: 6 });
  w.paragraph(assessment.title, { size: 15, gapAfter: 10 });
  if (assessment.status === 'draft') {
    const text = m.draft;
    const y = w.doc.y;
    const width = w.doc.font(reportFonts.bold, 11).widthOfString(text) + 16;
    w.doc.rect(w.left, y, width, 22).lineWidth(1.2).strokeColor(reportColors.draft).stroke();
    w.doc
      .fillColor(reportColors.draft)
      .text(text, w.left + 8, y + 4, { width: width - 16, lineBreak: false });
    w.doc.x = w.left;
    w.doc.y = y + 32;
  }
  const location = [countryName(organisation.country, lang), organisation.region]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');
  const pack = model.pack.meta;
  const ops = operatingModel.meta;
  const groups = Object.keys(score.respondents.byGroup).length;
  w.facts([
    [m.facts.location, location],
    [m.facts.date, assessment.date],
    [m.facts.method, methodText(input)],
    [
      m.facts.model,
      `${pack.title[lang]}\n${pack.standard.designation}${pack.standard.adoptions?.[0] ? ` · ${pack.standard.adoptions[0]}` : ''} · v${pack.version}`,
    ],
    [
      m.facts.operatingModel,
      `${ops.title[lang]}\n${ops.standard.designation}${ops.standard.adoptions?.[0] ? ` · ${ops.standard.adoptions[0]}` : ''}`,
    ],
    [
      m.facts.status,
      assessment.status === 'draft'
        ? m.draft
        : m.submitted(assessment.submittedAt ? dateOrMoment(assessment.submittedAt) : null),
    ],
    [m.facts.respondents, m.respondents(score.respondents.total, groups)],
    [m.facts.generated, timestamp(input.generatedAt)],
  ]);
}
