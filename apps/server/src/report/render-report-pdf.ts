import PDFDocument from 'pdfkit';
import { writeCharacteristicCharts, writeRadarChart } from './charts-section.js';
import {
  writeAgreement,
  writeDivergence,
  writeStrengthsAndWeaknesses,
} from './findings-section.js';
import { registerReportFonts } from './fonts.js';
import { reportMessages } from './messages.js';
import { reportPage, ReportWriter } from './pdf-writer.js';
import { writePriorities } from './priorities-section.js';
import { writeProgrammeReviews } from './programme-reviews-section.js';
import { writeProgrammeRoadmap } from './programme-roadmap-section.js';
import { writeProvenance } from './provenance-section.js';
import type { ReportInput } from './report-input.js';
import { writeDimensionsTable, writeSummary } from './summary-section.js';
import { cityNames, writeTitlePage } from './title-page.js';

/**
 * Renders the assessment report as an A4 PDF, in Chinese or English, without a browser: the
 * title page, the summary, the radar chart and the table of dimensions and sub-dimensions, the
 * maturity matrix and the gap chart (ECharts rendered to SVG on the server), strengths and weaknesses, stakeholder divergence, agreement,
 * the priorities with their ISO 37106 guidance, and the provenance of the wording. All text is set
 * in the embedded Noto Sans SC (subset to the glyphs used), so Chinese renders in any viewer.
 */
export async function renderReportPdf(input: ReportInput): Promise<Buffer> {
  const m = reportMessages[input.lang];
  const city = cityNames(input);
  const doc = new PDFDocument({
    size: reportPage.size,
    margins: reportPage.margins,
    bufferPages: true,
    lang: input.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: `${city.main} · ${input.assessment.title}`,
      Subject: m.reportKind,
      Creator: 'CityMaturity',
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  await registerReportFonts(doc);
  const w = new ReportWriter(doc);
  writeTitlePage(w, input);
  writeSummary(w, input);
  // Each chart comes before the table or list that gives its figures.
  writeRadarChart(w, input);
  writeDimensionsTable(w, input);
  writeCharacteristicCharts(w, input);
  writeStrengthsAndWeaknesses(w, input);
  writeDivergence(w, input);
  writeAgreement(w, input);
  writePriorities(w, input);
  writeProgrammeRoadmap(w, input);
  writeProgrammeReviews(w, input);
  writeProvenance(w, input);
  const status = input.assessment.status === 'draft' ? ` · ${m.draft}` : '';
  w.footers(`${city.main} · ${input.assessment.title}${status}`, m.page);
  doc.end();
  return finished;
}
