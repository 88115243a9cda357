import { createRequire } from 'node:module';
import type { PdfDocument } from './pdf-document.js';

/** Options of svg-to-pdfkit 0.1.8 that the report uses. */
export interface SvgToPdfOptions {
  width?: number;
  height?: number;
  preserveAspectRatio?: string;
  assumePt?: boolean;
  precision?: number;
  fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
  warningCallback?: (message: string) => void;
}

/**
 * svg-to-pdfkit's drawing function, typed here: the package is CommonJS and ships no types, and
 * a typed wrapper (rather than an ambient `declare module`) keeps every program that reaches the
 * report (CLI, benchmarks, browser tests) type-checking without extra configuration.
 */
export const svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit') as (
  doc: PdfDocument,
  svg: string,
  x: number,
  y: number,
  options?: SvgToPdfOptions,
) => void;
