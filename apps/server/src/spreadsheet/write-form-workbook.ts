import type { FormCellKind, FormSheetModel, FormWorkbookModel } from '@citymaturity/core';
import ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

const thin = { style: 'thin' as const, color: { argb: 'FF8EA9C1' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});
const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const centred: Partial<ExcelJS.Alignment> = {
  wrapText: true,
  vertical: 'middle',
  horizontal: 'center',
};

/** How each kind of cell looks (the font family is the form's, set per language). */
function styleOf(kind: FormCellKind, font: string): Style {
  const f = (size: number, extra: Partial<ExcelJS.Font> = {}) => ({ name: font, size, ...extra });
  switch (kind) {
    case 'title':
      return {
        font: f(14, { bold: true, color: { argb: 'FF1F4E79' } }),
        alignment: { vertical: 'middle' },
      };
    case 'context':
      return {
        font: f(10, { italic: true, color: { argb: 'FF404040' } }),
        alignment: { vertical: 'middle' },
      };
    case 'label':
      return { font: f(11, { bold: true }), alignment: { vertical: 'middle' }, border: box };
    case 'input':
      return {
        font: f(11),
        alignment: { vertical: 'middle' },
        border: box,
        fill: fill('FFFFF2CC'),
      };
    case 'instructions':
      return { font: f(9, { color: { argb: 'FF404040' } }), alignment: wrapTop, border: box };
    case 'header':
      return {
        font: f(10, { bold: true }),
        alignment: centred,
        border: box,
        fill: fill('FFDCE6F1'),
      };
    case 'dimension':
      return {
        font: f(11, { bold: true, color: { argb: 'FFFFFFFF' } }),
        alignment: { vertical: 'middle' },
        border: box,
        fill: fill('FF1F4E79'),
      };
    case 'subdimension':
      return {
        font: f(10, { bold: true }),
        alignment: { vertical: 'middle' },
        border: box,
        fill: fill('FFD9E1F2'),
      };
    case 'id':
      return {
        font: f(10, { bold: true }),
        alignment: { vertical: 'top', horizontal: 'center' },
        border: box,
      };
    case 'name':
      return { font: f(10, { bold: true }), alignment: wrapTop, border: box };
    case 'criterion':
      return { font: f(10), alignment: wrapTop, border: box };
    case 'answer':
      return {
        font: f(12, { bold: true }),
        alignment: centred,
        border: box,
        fill: fill('FFFFF2CC'),
      };
    case 'notes':
      return { font: f(10), alignment: wrapTop, border: box, fill: fill('FFFFF2CC') };
    case 'meta':
      return { font: f(10) };
  }
}

function addSheet(
  workbook: ExcelJS.Workbook,
  sheet: FormSheetModel,
  form: FormWorkbookModel,
): void {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views:
      sheet.frozen.rows > 0 || sheet.frozen.columns > 0
        ? [
            {
              state: 'frozen',
              xSplit: sheet.frozen.columns,
              ySplit: sheet.frozen.rows,
              zoomScale: 90,
            },
          ]
        : [],
    pageSetup: {
      orientation: 'landscape',
      // A4: `PaperSize` is an ambient const enum, which verbatimModuleSyntax cannot import.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9 as ExcelJS.PaperSize,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(sheet.printTitleRows
        ? {
            printTitlesRow: `${String(sheet.printTitleRows.from)}:${String(sheet.printTitleRows.to)}`,
          }
        : {}),
    },
    headerFooter: { oddFooter: `&L${form.title}&R&P / &N` },
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.row, cell.column);
    target.value = cell.value;
    target.style = styleOf(cell.kind, form.font);
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [row, height] of sheet.rowHeights) ws.getRow(row).height = height;
  const lang = form.language;
  for (const v of sheet.validations) {
    const formulae = Array.isArray(v.list)
      ? [`"${(v.list as readonly string[]).join(',')}"`]
      : [(v.list as { name: string }).name];
    for (const { row, column } of v.cells) {
      ws.getCell(row, column).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae,
        showInputMessage: true,
        promptTitle: v.promptTitle[lang],
        prompt: v.prompt[lang],
        ...(v.error
          ? {
              showErrorMessage: true,
              errorStyle: 'stop',
              errorTitle: v.error.title[lang],
              error: v.error.text[lang],
            }
          : { showErrorMessage: false }),
      };
    }
  }
  for (const { row, column } of sheet.unlocked) {
    const target = ws.getCell(row, column);
    target.protection = { locked: false };
  }
}

/**
 * Writes a form workbook described by the core ({@link FormWorkbookModel}) as an XLSX file: fonts,
 * fills and borders per kind of cell, merged cells, row heights, drop-downs, frozen panes, print
 * setup (landscape A4, fit to width, header rows repeated), and every sheet protected without a
 * password except the answer cells, so that nobody changes the criteria by accident.
 */
export async function writeFormWorkbook(form: FormWorkbookModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CityMaturity';
  workbook.title = form.title;
  workbook.created = new Date();
  for (const sheet of form.sheets) addSheet(workbook, sheet, form);
  for (const name of form.definedNames)
    workbook.definedNames.add(`${name.sheet}!${name.range}`, name.name);
  for (const ws of workbook.worksheets)
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
