import {
  gapChartOption,
  maturityMatrixOption,
  radarChartOption,
  suggestedChartSize,
  type ChartKind,
} from '@citymaturity/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { drawChartSvg, pdfTextMeasure, renderChartSvg } from './chart-svg.js';
import { reportMessages } from './messages.js';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput } from './report-input.js';

/** A chart may shrink to this share of the text width to stay on the page of its heading. */
const minimumScale = 0.85;

interface ReportChart {
  kind: ChartKind;
  option: EChartsCoreOption;
  title: string;
  note: string;
}

/** The radar chart of the sub-dimensions, under its heading with a short note. */
export function writeRadarChart(w: ReportWriter, input: ReportInput): void {
  const { score, model, lang } = input;
  const m = reportMessages[lang];
  writeChart(w, input, {
    kind: 'radar',
    option: radarChartOption(score, model, lang),
    title: m.charts.radar,
    note: m.chartNotes.radar,
  });
}

/** The maturity matrix and the gap chart, each under its heading with a short note. */
export function writeCharacteristicCharts(w: ReportWriter, input: ReportInput): void {
  const { score, model, lang } = input;
  const m = reportMessages[lang];
  const charts: ReportChart[] = [
    {
      kind: 'maturityMatrix',
      option: maturityMatrixOption(score, model, lang),
      title: m.charts.matrix,
      note: m.chartNotes.matrix,
    },
    {
      kind: 'gap',
      option: gapChartOption(score, model, lang),
      title: m.charts.gap,
      note: m.chartNotes.gap,
    },
  ];
  for (const chart of charts) writeChart(w, input, chart);
}

/** Renders a chart to SVG and draws it at the text width, shrunk a little if that keeps it with its heading. */
function writeChart(w: ReportWriter, input: ReportInput, chart: ReportChart): void {
  const size = suggestedChartSize(chart.kind, input.model);
  const svg = renderChartSvg(chart.option, size, pdfTextMeasure(w.doc));
  const fullHeight = (size.height * w.width) / size.width;
  const noteStyle = { size: 9, color: reportColors.muted, gapAfter: 6 };
  w.heading(chart.title, 1, w.measure(chart.note, noteStyle) + fullHeight * minimumScale);
  w.paragraph(chart.note, noteStyle);
  const room = w.bottom - w.doc.y;
  const width = fullHeight > room ? (w.width * room) / fullHeight : w.width;
  const x = w.left + (w.width - width) / 2;
  const drawn = drawChartSvg(w.doc, svg, x, w.doc.y, size, width);
  w.doc.x = w.left;
  w.doc.y += drawn + 8;
}
