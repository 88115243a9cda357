import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadBundledPacks } from '@citymaturity/model';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  writeProgrammeReviewsWorkbook,
  type ReviewsWorkbookInput,
  type WorkbookReview,
} from './write-programme-reviews-workbook.js';

// The programme reviews workbook read back with exceljs, and through LibreOffice (Debian's
// libreoffice-calc, headless): what a real spreadsheet reads of it, in both languages.

const run = promisify(execFile);
const { scom } = await loadBundledPacks();

const review = (
  id: string,
  reviewedOn: string,
  ratings: [string, number, string?][],
): WorkbookReview => ({
  id,
  reviewedOn,
  reviewer: 'Programme board',
  notes: 'Quarterly',
  createdAt: `${reviewedOn}T09:00:00Z`,
  ratings: ratings.map(([itemId, rating, comment]) => ({ itemId, rating, comment: comment ?? '' })),
});

const input = (lang: 'zh' | 'en'): ReviewsWorkbookInput => ({
  pack: scom,
  lang,
  reviews: {
    'key-success-factors': [
      review('b', '2026-06-30', [
        ['ksf-1a-1', 3],
        ['ksf-1a-2', 3],
      ]),
      review('a', '2026-03-31', [
        ['ksf-1a-1', 1, 'No shared vision yet'],
        ['ksf-1a-2', 2],
      ]),
    ],
    procurement: [
      review('p', '2026-04-01', [
        ['procurement-1', 2],
        ['procurement-2', 4],
      ]),
    ],
    governance: [review('g', '2026-04-01', [['citizen-engagement', 4]])],
  },
  risks: [
    {
      title: 'Vendor lock-in',
      description: '',
      likelihood: 4,
      impact: 5,
      status: 'open',
      factorIds: ['ksf-6'],
      owner: 'CIO',
      mitigation: 'Open standards',
      reviewOn: '2026-09-30',
    },
  ],
});

const open = async (lang: 'zh' | 'en') => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await writeProgrammeReviewsWorkbook(input(lang))) as unknown as ExcelJS.Buffer,
  );
  return workbook;
};
const rowValues = (ws: ExcelJS.Worksheet | undefined, row: number) =>
  ((ws?.getRow(row).values ?? []) as unknown[]).slice(1);

describe('the programme reviews workbook', () => {
  it('has its five sheets in English, each with a frozen header row', async () => {
    const workbook = await open('en');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Key success factors',
      'Procurement self-check',
      'Governance self-check',
      'Risk register',
      'All ratings',
    ]);
    for (const ws of workbook.worksheets)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes key success factor ratings as words, reviews by date, with fills', async () => {
    const ws = (await open('en')).getWorksheet('Key success factors');
    expect(rowValues(ws, 1).slice(0, 6)).toEqual([
      'Key success factor',
      'Sub-factor',
      'Statement id',
      'Statement',
      '2026-03-31\nProgramme board',
      '2026-06-30\nProgramme board',
    ]);
    // Row 2: factor 1 overall; row 3: its first statement.
    expect(rowValues(ws, 2).slice(2, 6)).toEqual(['ksf-1', 'Factor overall', 'Red', 'Amber']);
    expect(rowValues(ws, 3).slice(2)).toEqual([
      'ksf-1a-1',
      'The vision has been developed collaboratively.',
      'Red',
      'Green',
    ]);
    expect(rowValues(ws, 5).slice(4)).toEqual(['Not rated', 'Not rated']);
    const fill = ws?.getCell(3, 5).fill;
    expect(fill?.type === 'pattern' ? fill.fgColor?.argb : undefined).toBe('FFFFC7CE');
  });

  it('writes the self-checks as positions with words and the mean position', async () => {
    const workbook = await open('en');
    const procurement = workbook.getWorksheet('Procurement self-check');
    expect(rowValues(procurement, 2)[1]).toBe('procurement-1');
    expect(rowValues(procurement, 2)[4]).toBe('2 Mostly traditional');
    expect(rowValues(procurement, 4)[4]).toBe('Not rated');
    const last = procurement?.rowCount ?? 0;
    expect(rowValues(procurement, last)[0]).toBe('Mean position');
    expect(rowValues(procurement, last)[4]).toBe(3);
    const governance = workbook.getWorksheet('Governance self-check');
    const engaged = (governance?.getSheetValues() ?? []).find(
      (row) => Array.isArray(row) && row[1] === 'citizen-engagement',
    ) as unknown[];
    expect(engaged[3]).toBe('4 Embedded');
  });

  it('writes the risk register with score and band in words', async () => {
    const ws = (await open('en')).getWorksheet('Risk register');
    expect(rowValues(ws, 2).slice(0, 8)).toEqual([
      'Vendor lock-in',
      '',
      4,
      5,
      20,
      'Critical',
      'Open',
      'Supplier partnership',
    ]);
  });

  it('lists every rating with its words and comment', async () => {
    const ws = (await open('en')).getWorksheet('All ratings');
    expect(ws?.rowCount).toBe(1 + 4 + 2 + 1);
    expect(rowValues(ws, 2)).toEqual([
      'Key success factors',
      '2026-03-31',
      'Programme board',
      'ksf-1a-1',
      'The vision has been developed collaboratively.',
      1,
      'Red',
      'No shared vision yet',
      'Quarterly',
    ]);
  });

  it('has Chinese sheet names, headers and words', async () => {
    const workbook = await open('zh');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '关键成功因素评审',
      '采购自查',
      '治理变革自查',
      '风险登记',
      '全部评分',
    ]);
    const ws = workbook.getWorksheet('关键成功因素评审');
    expect(rowValues(ws, 1).slice(0, 4)).toEqual([
      '关键成功因素',
      '子因素',
      '条目编号',
      '检查条目',
    ]);
    expect(rowValues(ws, 3).slice(4)).toEqual(['红', '绿']);
    expect(rowValues(workbook.getWorksheet('风险登记'), 2)[5]).toBe('极高');
  });
});

describe('the programme reviews workbook through LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cm-reviews-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Converts files with LibreOffice in one start; returns the converted files' paths. */
  const convert = async (files: string[], filter: string, extension: string) => {
    const out = join(dir, extension);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        out,
        ...files,
      ],
      { timeout: 120_000 },
    );
    return files.map((f) =>
      join(out, `${(f.split('/').pop() ?? '').replace(/\.xlsx$/, '')}.${extension}`),
    );
  };

  it('is read by LibreOffice in both languages, words and Chinese intact', async () => {
    const files: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const file = join(dir, `reviews-${lang}.xlsx`);
      await writeFile(file, await writeProgrammeReviewsWorkbook(input(lang)));
      files.push(file);
    }
    // The first sheet, as UTF-8 CSV.
    const [zhCsv, enCsv] = await convert(files, 'csv:Text - txt - csv (StarCalc):44,34,76', 'csv');
    const zh = await readFile(zhCsv ?? '', 'utf8');
    const en = await readFile(enCsv ?? '', 'utf8');
    expect(zh).toContain('ksf-1a-1,愿景是协同开发的。,红,绿');
    expect(en).toContain('ksf-1a-1,The vision has been developed collaboratively.,Red,Green');
    // Saved again as XLSX by LibreOffice, every sheet still reads the same.
    const [zhXlsx] = await convert([files[0] ?? ''], 'xlsx:Calc MS Excel 2007 XML', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(zhXlsx ?? '')) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toHaveLength(5);
    expect(rowValues(workbook.getWorksheet('风险登记'), 2).slice(0, 6)).toEqual([
      'Vendor lock-in',
      undefined,
      4,
      5,
      20,
      '极高',
    ]);
  });
});
