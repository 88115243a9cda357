import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfDocument } from './pdf-document.js';

/** Names the report's fonts are registered under in a PDF document. */
export const reportFonts = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let cached: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/**
 * The Noto Sans SC fonts (regular and bold), read once per process. They cover Chinese and Latin
 * text, so one family serves both languages; pdfkit embeds only the glyphs a document uses.
 */
export function loadReportFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  cached ??= (async () => {
    const [regular, bold] = await Promise.all([
      readFile(require.resolve(fontFiles.regular)),
      readFile(require.resolve(fontFiles.bold)),
    ]);
    return { regular, bold };
  })();
  return cached;
}

/** Registers the report's fonts in a PDF document under {@link reportFonts}. */
export async function registerReportFonts(doc: PdfDocument): Promise<void> {
  const { regular, bold } = await loadReportFonts();
  doc.registerFont(reportFonts.regular, regular);
  doc.registerFont(reportFonts.bold, bold);
}
