import { chartExtensions } from '@citymaturity/charts';
import { init, setPlatformAPI, use, type EChartsCoreOption } from 'echarts/core';
import { svgToPdf } from './svg-to-pdfkit.js';
import { reportFonts } from './fonts.js';
import type { PdfDocument } from './pdf-document.js';

use(chartExtensions);

/** Measures the width of a text in a CSS font ("bold 12px sans-serif"), in pixels. */
export type TextMeasure = (text: string, font: string) => number;

const defaultFontSize = 12;

/**
 * A text measure that uses the report's embedded fonts, so that ECharts wraps and places labels
 * by the widths the PDF will really have (its built-in estimate assumes narrower Latin glyphs).
 */
export function pdfTextMeasure(doc: PdfDocument): TextMeasure {
  return (text, font) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? defaultFontSize);
    const bold = /\bbold\b|\b[6-9]00\b/.test(font);
    doc.font(bold ? reportFonts.bold : reportFonts.regular, size);
    return doc.widthOfString(text);
  };
}

/** A rough width without a font at hand: one em per wide character, 0.55 em per other character. */
function estimate(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? defaultFontSize);
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55;
  return ems * size;
}

/**
 * Renders an ECharts option to an SVG string on the server (no browser, no canvas): ECharts'
 * server-side SVG renderer at the given size in pixels. Synchronous, so the text measure set for
 * this rendering cannot leak into another one.
 */
export function renderChartSvg(
  option: EChartsCoreOption,
  size: { width: number; height: number },
  measure: TextMeasure,
): string {
  setPlatformAPI({ measureText: (text = '', font = '') => ({ width: measure(text, font) }) });
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
    // Do not keep the document alive through the measure.
    setPlatformAPI({ measureText: (text = '', font = '') => ({ width: estimate(text, font) }) });
  }
}

/**
 * Draws an SVG chart into the PDF at (x, y), scaled to `width` points, with every font mapped to
 * the embedded Noto Sans SC so that Chinese chart text renders. Returns the height drawn.
 */
export function drawChartSvg(
  doc: PdfDocument,
  svg: string,
  x: number,
  y: number,
  size: { width: number; height: number },
  width: number,
): number {
  const height = (size.height * width) / size.width;
  svgToPdf(doc, svg, x, y, {
    width,
    height,
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (_family, bold) => (bold ? reportFonts.bold : reportFonts.regular),
    // ECharts' SVG uses nothing svg-to-pdfkit lacks (no warnings on the report's charts): stay quiet.
    warningCallback: () => undefined,
  });
  return height;
}
