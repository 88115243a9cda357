import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerReportFonts } from './fonts.js';
import type { PdfDocument } from './pdf-document.js';
import { reportPage, ReportWriter } from './pdf-writer.js';
import { pdfText } from './test-support/example-report.js';

async function writer(): Promise<ReportWriter> {
  const doc: PdfDocument = new PDFDocument({
    size: reportPage.size,
    margins: reportPage.margins,
    bufferPages: true,
  });
  await registerReportFonts(doc);
  return new ReportWriter(doc);
}

const pages = (w: ReportWriter) => w.doc.bufferedPageRange().count;

/** Ends the document and returns its text, page by page. */
async function pageTexts(w: ReportWriter): Promise<string[]> {
  const chunks: Buffer[] = [];
  w.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => w.doc.on('end', resolve));
  w.doc.end();
  await ended;
  return (await pdfText(Buffer.concat(chunks))).split('\f').filter((page) => page.trim());
}

describe('ReportWriter', () => {
  it('moves a heading to the next page when what must follow it does not fit', async () => {
    const w = await writer();
    w.doc.y = w.bottom - 60;
    w.heading('优先事项 1', 2, 60);
    expect([pages(w), w.doc.y < 120]).toEqual([2, true]);
  });

  it('keeps a heading on the page when there is room for what follows', async () => {
    const w = await writer();
    w.heading('Summary', 1);
    expect(pages(w)).toBe(1);
  });

  it('lets a long paragraph flow onto the next page', async () => {
    const w = await writer();
    w.paragraph('智慧城市领导者应建立利益实现框架。'.repeat(400));
    expect(pages(w)).toBeGreaterThan(1);
  });

  it('repeats the table header on every page a table spans', async () => {
    const w = await writer();
    const rows = Array.from({ length: 80 }, (_, i) => ({ cells: [`${i}`, '2.0'] }));
    w.table(
      [
        { header: '维度/子维度', width: 300 },
        { header: '现在水平', width: 80 },
      ],
      rows,
    );
    const texts = await pageTexts(w);
    expect([texts.length > 1, texts.every((page) => page.includes('维度/子维度'))]).toEqual([
      true,
      true,
    ]);
  });

  it('writes the page label on every page', async () => {
    const w = await writer();
    w.newPage();
    w.newPage();
    w.paragraph('Text');
    w.footers('示例市', (n, of) => `Page ${n} of ${of}`);
    const texts = await pageTexts(w);
    expect(texts.map((page) => /Page \d of \d/.exec(page)?.[0])).toEqual([
      'Page 1 of 3',
      'Page 2 of 3',
      'Page 3 of 3',
    ]);
  });
});
