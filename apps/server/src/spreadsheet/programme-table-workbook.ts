import ExcelJS from 'exceljs';

// Plain tables as an XLSX workbook, for the programme office's exports (roadmap, benefits, the
// stakeholder register): one sheet per table, a bold frozen header row with a filter, column
// widths and number formats set per column, text wrapped. A real spreadsheet opens them as they
// are: no formulas, no macros.

/** How a column's cells are written. */
export type TableColumnKind = 'text' | 'date' | 'number' | 'money' | 'integer';

/** A column: its header, width (characters) and kind. */
export interface TableSheetColumn {
  header: string;
  width: number;
  kind?: TableColumnKind;
}

/** A cell value: text, a number, a date `YYYY-MM-DD` in a date column, or empty. */
export type TableCellValue = string | number | boolean | null;

/** One sheet: a name (≤ 31 characters) and a table. */
export interface TableSheet {
  name: string;
  columns: readonly TableSheetColumn[];
  rows: readonly (readonly TableCellValue[])[];
}

/** The words of an export's "about" sheet. */
export interface AboutSheetWords {
  sheet: string;
  item: string;
  value: string;
  organisation: string;
  generated: string;
}

/** The "about" sheet an export opens with: the organisation, when it was made, then `rows`. */
export function aboutSheet(
  words: AboutSheetWords,
  organisation: string,
  generatedAt: Date,
  rows: readonly (readonly TableCellValue[])[],
): TableSheet {
  return {
    name: words.sheet,
    columns: [
      { header: words.item, width: 30 },
      { header: words.value, width: 90 },
    ],
    rows: [
      [words.organisation, organisation],
      [words.generated, generatedAt.toISOString()],
      ...rows,
    ],
  };
}

/** Fonts with Chinese glyphs (Excel on Windows; LibreOffice substitutes a CJK font) and without. */
const fonts = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;

const numberFormats: Partial<Record<TableColumnKind, string>> = {
  date: 'yyyy-mm-dd',
  number: '#,##0.####',
  money: '#,##0.00',
  integer: '0',
};

/** A cell's value as written: dates as real dates (UTC midnight), budgets as numbers. */
function cellValue(kind: TableColumnKind, value: TableCellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  if (kind === 'money' && typeof value === 'string') return Number(value);
  return value;
}

/**
 * Writes tables as an XLSX workbook in the language's font: header row bold on a shaded fill,
 * frozen, with an auto-filter; every cell wrapped and top-aligned.
 */
export async function writeTableWorkbook(
  sheets: readonly TableSheet[],
  options: { title: string; lang: 'zh' | 'en'; generatedAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CityMaturity';
  workbook.title = options.title;
  workbook.created = options.generatedAt;
  workbook.modified = options.generatedAt;
  const font = fonts[options.lang];
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: { oddFooter: `&L${options.title} · ${sheet.name}&R&P / &N` },
    });
    sheet.columns.forEach((column, i) => {
      const col = ws.getColumn(i + 1);
      col.width = column.width;
      const numFmt = numberFormats[column.kind ?? 'text'];
      if (numFmt) col.numFmt = numFmt;
    });
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.font = { name: font, size: 10, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } };
    });
    for (const row of sheet.rows) {
      const added = ws.addRow(
        sheet.columns.map((column, i) => cellValue(column.kind ?? 'text', row[i] ?? null)),
      );
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { name: font, size: 10 };
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
    if (sheet.columns.length > 0)
      ws.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length },
      };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
