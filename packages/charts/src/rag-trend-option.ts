import type { TextLanguage } from '@citymaturity/model';
import type { ChartLayout } from './chart-input.js';
import {
  cellGridOption,
  cellGridSize,
  type CellGridOption,
  type GridCell,
} from './cell-grid-option.js';

/** A red / amber / green rating (ISO 37106 Annex B reviews: 1 red, 2 amber, 3 green). */
export type Rag = 'red' | 'amber' | 'green';

/** One key success factor (or statement) and its RAG at each review date (null: not rated). */
export interface RagTrendRow {
  label: string;
  ratings: readonly (Rag | null)[];
}

/** What the RAG trend shows: the review dates (oldest first) and one row per factor. */
export interface RagTrendInput {
  dates: readonly string[];
  rows: readonly RagTrendRow[];
}

/** The ECharts option of a RAG trend. */
export type RagTrendOption = CellGridOption;

/** The fixed wording of the RAG trend. */
export const ragText: Readonly<
  Record<
    TextLanguage,
    {
      letters: Readonly<Record<Rag, string>>;
      words: Readonly<Record<Rag, string>>;
      notRated: string;
      reviewOn: string;
      description: string;
    }
  >
> = {
  zh: {
    letters: { red: '红', amber: '黄', green: '绿' },
    words: { red: '红（未达到）', amber: '黄（部分达到）', green: '绿（达到）' },
    notRated: '未评',
    reviewOn: '评审日期',
    description:
      '关键成功因素的红黄绿趋势：每行一个因素，每列一次评审（按日期先后）；单元格中写有“红”“黄”“绿”，空白为未评。{items}',
  },
  en: {
    letters: { red: 'R', amber: 'A', green: 'G' },
    words: { red: 'red (not met)', amber: 'amber (partly met)', green: 'green (met)' },
    notRated: 'not rated',
    reviewOn: 'Review of',
    description:
      'Red, amber and green trend of the key success factors: one row per factor, one column per review (oldest first); each cell has its letter, R red, A amber, G green, and a dash where not rated. {items}',
  },
};

/** Fills of the three ratings; each takes its letter in dark or white text at ≥ 4.5:1. */
export const ragFills: Readonly<Record<Rag, string>> = {
  red: '#B42318',
  amber: '#F5B700',
  green: '#1B7F3B',
};

/** The size (pixels) the RAG trend reads best at. */
export function ragTrendSize(input: RagTrendInput, width?: number) {
  return cellGridSize(input.rows.length, width, 40);
}

/**
 * The RAG history of the key success factors as a heat table: one row per factor, one column per
 * review date (oldest first). Each cell is filled red, amber or green and carries its letter
 * (红 / 黄 / 绿 in Chinese, R / A / G in English); a factor not rated in a review is white with a
 * dash. The accessible description gives every rating in words.
 */
export function ragTrendOption(
  input: RagTrendInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): RagTrendOption {
  const text = ragText[lang];
  const word = (rag: Rag | null) => (rag === null ? text.notRated : text.words[rag]);
  const cells: GridCell[] = input.rows.flatMap((row, rowIndex) =>
    input.dates.map((date, column) => {
      const rag = row.ratings[column] ?? null;
      return {
        row: rowIndex,
        column,
        fill: rag === null ? '#FFFFFF' : ragFills[rag],
        lines: [rag === null ? '–' : text.letters[rag]],
        tooltip: [row.label, `${text.reviewOn} ${date}: ${word(rag)}`],
      };
    }),
  );
  const separator = lang === 'zh' ? '，' : ', ';
  const items = input.rows.map(
    (row) =>
      `${row.label}: ${input.dates
        .map((date, i) => `${date} ${word(row.ratings[i] ?? null)}`)
        .join(separator)}`,
  );
  return cellGridOption(
    {
      rows: input.rows.map((r) => r.label),
      columns: [...input.dates],
      cells,
      description: text.description.replace('{items}', items.join('; ')),
    },
    layout,
  );
}
