import { maturityMatrixOption, suggestedChartSize } from '@citymaturity/charts';
import { scoreAssessment } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfTextMeasure, renderChartSvg } from './chart-svg.js';
import { registerReportFonts } from './fonts.js';
import type { PdfDocument } from './pdf-document.js';

async function measuringDocument(): Promise<PdfDocument> {
  const doc: PdfDocument = new PDFDocument({ size: 'A4' });
  await registerReportFonts(doc);
  return doc;
}

describe('pdfTextMeasure', () => {
  it('measures a Chinese character one em wide in Noto Sans SC', async () => {
    const measure = pdfTextMeasure(await measuringDocument());
    expect(measure('城市', '12px sans-serif')).toBeCloseTo(24, 5);
  });

  it('measures bold text with the bold font', async () => {
    const measure = pdfTextMeasure(await measuringDocument());
    expect(measure('Well-being', 'bold 12px sans-serif')).toBeGreaterThan(
      measure('Well-being', '12px sans-serif'),
    );
  });
});

describe('renderChartSvg', () => {
  it('renders a chart option to an SVG of the requested size, Chinese labels included', async () => {
    const packs = await loadBundledPacks();
    const model = indexMaturityModel(packs.mmssc);
    const score = scoreAssessment({ respondents: [{ id: 'a', ratings: {} }] }, model);
    const size = suggestedChartSize('maturityMatrix', model);
    const svg = renderChartSvg(
      maturityMatrixOption(score, model, 'zh'),
      size,
      pdfTextMeasure(await measuringDocument()),
    );
    expect([
      svg.startsWith(`<svg width="${size.width}" height="${size.height}"`),
      svg.includes('以目标为导向的城市愿景和战略'),
    ]).toEqual([true, true]);
  });
});
