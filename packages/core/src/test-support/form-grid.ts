import type { FormCellValue } from '../exchange/diagnostic-form/form-cells.js';
import type { FormWorkbookModel } from '../exchange/diagnostic-form/form-layout.js';
import type { FormGrid } from '../exchange/diagnostic-form/read-form.js';

/** A grid whose cells can be filled in, as a person fills the form in a spreadsheet. */
export interface FillableGrid extends FormGrid {
  sheets: { name: string; rows: FormCellValue[][] }[];
  /** Sets a cell of the form sheet (1-based row and column). */
  set: (row: number, column: number, value: FormCellValue) => void;
  /** The row of a characteristic on the form sheet. */
  rowOf: (characteristicId: string) => number;
}

/**
 * The generated form as a spreadsheet reader would hand it over: every cell of a merged range reads
 * the value of its top-left cell (as exceljs does).
 */
export function gridFromLayout(layout: FormWorkbookModel): FillableGrid {
  const sheets = layout.sheets.map((sheet) => {
    const rows: FormCellValue[][] = [];
    const at = (row: number) => (rows[row - 1] ??= []);
    for (const cell of sheet.cells) at(cell.row)[cell.column - 1] = cell.value;
    for (const m of sheet.merges) {
      const value = rows[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) at(r)[c - 1] = value;
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: sheet.name, rows };
  });
  const form = sheets[0];
  if (!form) throw new Error('no sheet');
  return {
    sheets,
    set: (row, column, value) => {
      (form.rows[row - 1] ??= [])[column - 1] = value;
    },
    rowOf: (id) => {
      const index = form.rows.findIndex((r) => r[0] === id);
      if (index < 0) throw new Error(`no row for ${id}`);
      return index + 1;
    },
  };
}
