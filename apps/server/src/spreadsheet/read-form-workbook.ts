import type { FormCellValue, FormGrid } from '@citymaturity/core';
import ExcelJS from 'exceljs';

/** Rows and columns read from a sheet at most: a form has about 60 rows and 10 columns. */
const maxRows = 1000;
const maxColumns = 40;

/** A cell's value as plain data: rich text as its text, a formula as its result, an error as its code. */
function plainValue(value: ExcelJS.CellValue): FormCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainValue(value.result ?? null);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return value.error;
  return null;
}

/**
 * Reads an XLSX workbook into plain sheets of cell values, the shape the core's form reader
 * takes. Throws when the bytes are not a readable workbook (the caller reports it per file).
 */
export async function readFormWorkbook(content: Buffer): Promise<FormGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return {
    sheets: workbook.worksheets.map((ws) => {
      const rows: FormCellValue[][] = [];
      const lastRow = Math.min(ws.rowCount, maxRows);
      for (let r = 1; r <= lastRow; r++) {
        const row = ws.getRow(r);
        const cells: FormCellValue[] = [];
        const lastColumn = Math.min(row.cellCount, maxColumns);
        for (let c = 1; c <= lastColumn; c++) cells.push(plainValue(row.getCell(c).value));
        rows.push(cells);
      }
      return { name: ws.name, rows };
    }),
  };
}
