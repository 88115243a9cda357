import { reportFonts } from './fonts.js';
import type { PdfDocument } from './pdf-document.js';

/** Page geometry of the report (A4, points). */
export const reportPage = {
  size: 'A4',
  margins: { top: 56, bottom: 64, left: 50, right: 50 },
} as const;

/** Colours of the report's text and rules (all ≥ 4.5:1 on white, except decorative rules). */
export const reportColors = {
  text: '#1A1A1A',
  muted: '#4D4D4D',
  accent: '#005A8C',
  rule: '#8C8C8C',
  shade: '#EEF4F8',
  draft: '#B34700',
} as const;

/** How a run of text is set. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  /** Left indent from the margin, in points. */
  indent?: number;
  /** Space after the text, in points. */
  gapAfter?: number;
  align?: 'left' | 'right' | 'center';
  /** Points of what follows that must fit under the text on the same page (for a label). */
  keepWith?: number;
}

/** A table column: header text, width (points) and alignment. */
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table row: one text per column, optionally bold and shaded (e.g. a dimension above its sub-dimensions). */
export interface TableRow {
  cells: string[];
  emphasis?: boolean;
}

const bodySize = 10;
const lineGap = 2.5;
const headingSizes = { 1: 16, 2: 12.5, 3: 11 } as const;
/** Paragraphs up to this height (points) are never split across pages. */
const keepTogether = 80;

/**
 * Writes the report's blocks (headings, paragraphs, lists, tables) on A4 pages, breaking pages
 * so that a heading is never left alone at the bottom of a page and table rows are never cut.
 */
export class ReportWriter {
  constructor(readonly doc: PdfDocument) {}

  /** Left margin. */
  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Width of the text column. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y text may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  /** Moves down by `points`. */
  space(points: number): void {
    this.doc.y += points;
  }

  private setFont(style: TextStyle): void {
    this.doc
      .font(style.bold ? reportFonts.bold : reportFonts.regular, style.size ?? bodySize)
      .fillColor(style.color ?? reportColors.text);
  }

  /** Height a text would take in the given style and width. */
  measure(text: string, style: TextStyle = {}, width?: number): number {
    this.setFont(style);
    return this.doc.heightOfString(text, {
      width: width ?? this.width - (style.indent ?? 0),
      lineGap,
    });
  }

  /**
   * A heading; `keepWith` points of what follows must fit under it on the same page, otherwise
   * it starts the next page.
   */
  heading(text: string, level: 1 | 2 | 3, keepWith = 48): void {
    const style: TextStyle = {
      size: headingSizes[level],
      bold: true,
      color: level === 1 ? reportColors.accent : reportColors.text,
    };
    const before = level === 1 ? 10 : 6;
    if (this.doc.y > this.doc.page.margins.top) this.space(before);
    this.ensureSpace(this.measure(text, style) + keepWith + 8);
    this.paragraph(text, { ...style, gapAfter: level === 1 ? 2 : 3 });
    if (level === 1) {
      const y = this.doc.y;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.8)
        .strokeColor(reportColors.accent)
        .stroke();
      this.space(7);
    }
  }

  /** A paragraph; long paragraphs flow onto the next page. */
  paragraph(text: string, style: TextStyle = {}): void {
    this.setFont(style);
    const indent = style.indent ?? 0;
    // A short paragraph stays together; a long one needs at least two lines on this page.
    const height = this.measure(text, style);
    this.ensureSpace(
      (height <= keepTogether ? height : 2 * (style.size ?? bodySize) * 1.45) +
        (style.keepWith ?? 0),
    );
    this.setFont(style);
    this.doc.text(text, this.left + indent, this.doc.y, {
      width: this.width - indent,
      lineGap,
      align: style.align ?? 'left',
    });
    this.doc.x = this.left;
    this.space(style.gapAfter ?? 4);
  }

  /**
   * A list item with its marker ("•", "–" or a number) hanging in the indent; `keepWith` points
   * of what follows must fit under it on the same page (for an item that introduces others).
   */
  item(text: string, style: TextStyle & { marker?: string } = {}): void {
    const indent = style.indent ?? 0;
    const markerWidth = 12;
    const height = this.measure(text, { ...style, indent: indent + markerWidth });
    this.ensureSpace(
      (height <= keepTogether ? height : 2 * (style.size ?? bodySize) * 1.45) +
        (style.keepWith ?? 0),
    );
    this.setFont(style);
    const y = this.doc.y;
    this.doc.text(style.marker ?? '•', this.left + indent, y, {
      width: markerWidth,
      lineBreak: false,
    });
    this.doc.text(text, this.left + indent + markerWidth, y, {
      width: this.width - indent - markerWidth,
      lineGap,
    });
    this.doc.x = this.left;
    this.space(style.gapAfter ?? 2);
  }

  /** Label–value pairs in two columns (the title page's facts). */
  facts(rows: readonly (readonly [string, string])[], labelWidth = 130): void {
    for (const [label, value] of rows) {
      const valueWidth = this.width - labelWidth;
      const height = Math.max(
        this.measure(label, { bold: true }, labelWidth - 8),
        this.measure(value, {}, valueWidth),
      );
      this.ensureSpace(height);
      const y = this.doc.y;
      this.setFont({ bold: true, color: reportColors.muted });
      this.doc.text(label, this.left, y, { width: labelWidth - 8, lineGap });
      this.setFont({});
      this.doc.text(value, this.left + labelWidth, y, { width: valueWidth, lineGap });
      this.doc.x = this.left;
      this.doc.y = y + height + 5;
    }
  }

  /** A table with a header row, repeated on every page it spans; rows are never split. */
  table(columns: readonly TableColumn[], rows: readonly TableRow[], size = 9): void {
    const pad = 4;
    const rowHeight = (cells: readonly string[], bold: boolean) =>
      Math.max(
        ...columns.map((c, i) => this.measure(cells[i] ?? '', { size, bold }, c.width - 2 * pad)),
      ) +
      2 * pad;
    const drawRow = (cells: readonly string[], bold: boolean, shade: boolean) => {
      const height = rowHeight(cells, bold);
      const y = this.doc.y;
      if (shade) {
        this.doc
          .rect(this.left, y, this.tableWidth(columns), height)
          .fillColor(reportColors.shade)
          .fill();
      }
      let x = this.left;
      columns.forEach((column, i) => {
        this.setFont({ size, bold });
        this.doc.text(cells[i] ?? '', x + pad, y + pad, {
          width: column.width - 2 * pad,
          lineGap,
          align: column.align ?? 'left',
        });
        x += column.width;
      });
      this.doc
        .moveTo(this.left, y + height)
        .lineTo(this.left + this.tableWidth(columns), y + height)
        .lineWidth(0.5)
        .strokeColor(reportColors.rule)
        .stroke();
      this.doc.x = this.left;
      this.doc.y = y + height;
    };
    const headers = columns.map((c) => c.header);
    this.ensureSpace(rowHeight(headers, true) + (rows[0] ? rowHeight(rows[0].cells, true) : 0));
    drawRow(headers, true, false);
    for (const row of rows) {
      if (this.doc.y + rowHeight(row.cells, row.emphasis ?? false) > this.bottom) {
        this.newPage();
        drawRow(headers, true, false);
      }
      drawRow(row.cells, row.emphasis ?? false, row.emphasis ?? false);
    }
    this.space(8);
  }

  private tableWidth(columns: readonly TableColumn[]): number {
    return columns.reduce((sum, c) => sum + c.width, 0);
  }

  /**
   * Writes `left` and the page label ("Page n of m") at the foot of every page. Call once, after
   * the last page is written (the document must buffer its pages).
   */
  footers(left: string, pageLabel: (n: number, of: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const margins = this.doc.page.margins;
      const bottomMargin = margins.bottom;
      // Text below the bottom margin would make pdfkit open a new page: lift the margin meanwhile.
      margins.bottom = 0;
      const y = this.doc.page.height - bottomMargin + 24;
      this.setFont({ size: 8, color: reportColors.muted });
      const label = pageLabel(i - start + 1, count);
      const labelWidth = this.doc.widthOfString(label) + 2;
      this.doc.text(left, this.left, y, {
        width: this.width - labelWidth - 12,
        lineBreak: false,
        ellipsis: true,
      });
      this.doc.text(label, this.left + this.width - labelWidth, y, {
        width: labelWidth,
        lineBreak: false,
      });
      margins.bottom = bottomMargin;
    }
  }
}
