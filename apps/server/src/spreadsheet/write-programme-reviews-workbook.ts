import {
  orderReviews,
  ragOfRating,
  ragValues,
  ratingLabel,
  reviewItems,
  riskBand,
  riskScore,
  summariseReview,
  type ProgrammeReviewKind,
  type Rag,
  type RiskBand,
  type RiskStatus,
} from '@citymaturity/core';
import type { OperatingModelPack } from '@citymaturity/model';
import ExcelJS from 'exceljs';
import { reviewsWorkbookText } from './programme-reviews-text.js';

// The programme office's reviews as an XLSX workbook: the key success factor reviews (statement ×
// review date, R/A/G written as words and shown as fills), the procurement and governance
// self-checks (item × review date), the risk register, and every rating in one long table.

/** A stored review as the workbook reads it. */
export interface WorkbookReview {
  id: string;
  reviewedOn: string;
  reviewer: string;
  notes: string;
  /** ISO 8601: orders reviews of the same day. */
  createdAt: string;
  ratings: readonly { itemId: string; rating: number; comment: string }[];
}

/** A stored risk as the workbook reads it. */
export interface WorkbookRisk {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  factorIds: readonly string[];
  owner: string;
  mitigation: string;
  reviewOn: string | null;
}

/** What the workbook shows. */
export interface ReviewsWorkbookInput {
  pack: OperatingModelPack;
  lang: 'zh' | 'en';
  reviews: Readonly<Record<ProgrammeReviewKind, readonly WorkbookReview[]>>;
  risks: readonly WorkbookRisk[];
}

type Lang = 'zh' | 'en';
const thin = { style: 'thin' as const, color: { argb: 'FF8EA9C1' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});
/** Light fills with dark text (contrast ≥ 4.5:1): the word carries the meaning, the fill helps. */
const ragFills: Record<Rag, string> = { red: 'FFFFC7CE', amber: 'FFFFEB9C', green: 'FFC6EFCE' };
const bandFills: Record<RiskBand, string> = {
  low: 'FFC6EFCE',
  medium: 'FFFFEB9C',
  high: 'FFF8CBAD',
  critical: 'FFFFC7CE',
};

function addSheet(workbook: ExcelJS.Workbook, name: string, frozenColumns: number) {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1, zoomScale: 90 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

/** Writes the header row (bold, shaded, wrapped) and the column widths. */
function header(ws: ExcelJS.Worksheet, font: string, columns: readonly [string, number][]) {
  const row = ws.getRow(1);
  columns.forEach(([text, width], i) => {
    ws.getColumn(i + 1).width = width;
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.style = {
      font: { name: font, size: 10, bold: true },
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
      border: box,
      fill: solid('FFDCE6F1'),
    };
  });
  row.height = 32;
}

/** Appends a row of values (wrapped text, boxed), optionally bold and shaded; returns it. */
function addRow(
  ws: ExcelJS.Worksheet,
  font: string,
  values: (string | number | null)[],
  bold = false,
) {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = {
      font: { name: font, size: 10, bold },
      alignment: { wrapText: true, vertical: 'top' },
      border: box,
      ...(bold ? { fill: solid('FFEEF4F8') } : {}),
    };
  });
  return row;
}

/** Red / amber / green in words (the scale's labels), so a rating never relies on colour alone. */
const ragWord = (rag: Rag, lang: Lang) =>
  ratingLabel('key-success-factors', ragValues.indexOf(rag) + 1)?.[lang] ?? rag;

const reviewColumns = (reviews: readonly WorkbookReview[], lang: Lang): [string, number][] =>
  reviews.map((r) => [reviewsWorkbookText[lang].reviewHeader(r.reviewedOn, r.reviewer), 16]);

/** Key success factors: a row per factor (its overall RAG) and per statement, a column per review. */
function writeFactorSheet(workbook: ExcelJS.Workbook, input: ReviewsWorkbookInput) {
  const { pack, lang } = input;
  const t = reviewsWorkbookText[lang];
  const reviews = orderReviews(input.reviews['key-success-factors']);
  const ws = addSheet(workbook, t.sheets['key-success-factors'], 4);
  header(ws, t.font, [
    [t.factor, 22],
    [t.subfactor, 22],
    [t.statementId, 12],
    [t.statement, 60],
    ...reviewColumns(reviews, lang),
  ]);
  const summaries = reviews.map((r) => summariseReview(pack, 'key-success-factors', r.ratings));
  const ratings = reviews.map((r) => new Map(r.ratings.map((x) => [x.itemId, x.rating])));
  const ragCell = (row: ExcelJS.Row, column: number, rag: Rag | null | undefined) => {
    const cell = row.getCell(column);
    cell.value = rag ? ragWord(rag, lang) : t.notRated;
    if (rag) cell.fill = solid(ragFills[rag]);
    cell.alignment = { horizontal: 'center', vertical: 'top' };
  };
  for (const factor of pack.key_success_factors ?? []) {
    const factorName = `${String(factor.number)}. ${factor.name[lang]}`;
    const row = addRow(ws, t.font, [factorName, '', factor.id, t.factorOverall], true);
    summaries.forEach((s, i) => {
      ragCell(row, 5 + i, s.factors.find((f) => f.factorId === factor.id)?.rag);
    });
    for (const sub of factor.subfactors) {
      for (const statement of sub.checklist) {
        const r = addRow(ws, t.font, [
          factorName,
          sub.name[lang],
          statement.id,
          statement.text[lang],
        ]);
        ratings.forEach((byItem, i) => {
          const value = byItem.get(statement.id);
          ragCell(r, 5 + i, value === undefined ? null : ragOfRating(value));
        });
      }
    }
  }
  if (reviews.length === 0) addRow(ws, t.font, [t.noReviews]);
}

/** A self-check (procurement or governance): a row per item, a column per review, the mean last. */
function writeScaleSheet(
  workbook: ExcelJS.Workbook,
  input: ReviewsWorkbookInput,
  kind: 'procurement' | 'governance',
) {
  const { pack, lang } = input;
  const t = reviewsWorkbookText[lang];
  const reviews = orderReviews(input.reviews[kind]);
  const items = reviewItems(pack, kind);
  const itemColumns: [string, number][] =
    kind === 'procurement'
      ? [
          [t.number, 6],
          [t.itemId, 15],
          [t.traditional, 40],
          [t.smart, 40],
        ]
      : [
          [t.itemId, 26],
          [t.governanceChange, 30],
        ];
  const ws = addSheet(workbook, t.sheets[kind], itemColumns.length);
  header(ws, t.font, [...itemColumns, ...reviewColumns(reviews, lang)]);
  const ratings = reviews.map((r) => new Map(r.ratings.map((x) => [x.itemId, x.rating])));
  for (const item of items) {
    const first =
      kind === 'procurement'
        ? [item.number ?? null, item.id, item.traditional?.[lang] ?? '', item.smart?.[lang] ?? '']
        : [item.id, item.label[lang]];
    const words = ratings.map((byItem) => {
      const value = byItem.get(item.id);
      const label = value === undefined ? undefined : ratingLabel(kind, value);
      return value === undefined || !label ? t.notRated : `${String(value)} ${label[lang]}`;
    });
    addRow(ws, t.font, [...first, ...words]);
  }
  const means = reviews.map((r) => summariseReview(pack, kind, r.ratings).mean);
  const blanks = itemColumns.slice(1).map(() => '');
  addRow(ws, t.font, [t.mean, ...blanks, ...means], true);
  if (reviews.length === 0) addRow(ws, t.font, [t.noReviews]);
}

/** The risk register: one row per risk, its band written and shown as a fill. */
function writeRiskSheet(workbook: ExcelJS.Workbook, input: ReviewsWorkbookInput) {
  const { pack, lang } = input;
  const t = reviewsWorkbookText[lang];
  const c = t.riskColumns;
  const ws = addSheet(workbook, t.sheets.risks, 1);
  header(ws, t.font, [
    [c.title, 30],
    [c.description, 40],
    [c.likelihood, 11],
    [c.impact, 11],
    [c.score, 8],
    [c.band, 10],
    [c.status, 10],
    [c.factors, 30],
    [c.owner, 16],
    [c.mitigation, 40],
    [c.reviewOn, 12],
  ]);
  const factorName = new Map((pack.key_success_factors ?? []).map((f) => [f.id, f.name[lang]]));
  for (const risk of input.risks) {
    const score = riskScore(risk.likelihood, risk.impact);
    const band = riskBand(score);
    const row = addRow(ws, t.font, [
      risk.title,
      risk.description,
      risk.likelihood,
      risk.impact,
      score,
      t.band[band],
      t.status[risk.status],
      risk.factorIds.map((id) => factorName.get(id) ?? id).join(lang === 'zh' ? '；' : '; '),
      risk.owner,
      risk.mitigation,
      risk.reviewOn ?? '',
    ]);
    row.getCell(6).fill = solid(bandFills[band]);
  }
}

/** Every rating of every review, one per row: for filtering, pivoting and re-use. */
function writeRatingsSheet(workbook: ExcelJS.Workbook, input: ReviewsWorkbookInput) {
  const { pack, lang } = input;
  const t = reviewsWorkbookText[lang];
  const c = t.ratingsColumns;
  const ws = addSheet(workbook, t.sheets.ratings, 0);
  header(ws, t.font, [
    [c.kind, 18],
    [c.reviewedOn, 12],
    [c.reviewer, 16],
    [c.itemId, 16],
    [c.item, 50],
    [c.rating, 8],
    [c.ratingWords, 14],
    [c.comment, 40],
    [c.notes, 30],
  ]);
  for (const kind of ['key-success-factors', 'procurement', 'governance'] as const) {
    const labels = new Map(reviewItems(pack, kind).map((i) => [i.id, i.label[lang]]));
    for (const review of orderReviews(input.reviews[kind])) {
      for (const r of review.ratings) {
        addRow(ws, t.font, [
          t.kind[kind],
          review.reviewedOn,
          review.reviewer,
          r.itemId,
          labels.get(r.itemId) ?? '',
          r.rating,
          ratingLabel(kind, r.rating)?.[lang] ?? '',
          r.comment,
          review.notes,
        ]);
      }
    }
  }
}

/**
 * Writes the programme reviews workbook in Chinese or English: key success factor reviews,
 * procurement and governance self-checks, the risk register and every rating; each sheet with a
 * frozen header row.
 */
export async function writeProgrammeReviewsWorkbook(input: ReviewsWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CityMaturity';
  workbook.title = reviewsWorkbookText[input.lang].title;
  workbook.created = new Date();
  writeFactorSheet(workbook, input);
  writeScaleSheet(workbook, input, 'procurement');
  writeScaleSheet(workbook, input, 'governance');
  writeRiskSheet(workbook, input);
  writeRatingsSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
