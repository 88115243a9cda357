import type { TextLanguage } from '@citymaturity/model';
import type { ChartLayout } from './chart-input.js';
import {
  cellGridColumnWidth,
  cellGridOption,
  cellGridSize,
  type CellGridOption,
  type GridCell,
} from './cell-grid-option.js';

/** One cell of the interoperability matrix (ISO 37106 figure 5): an area × a dimension. */
export interface InteroperabilityHeatmapCell {
  /** The area (row), e.g. "Strategic management". */
  areaLabel: string;
  /** The interoperability dimension (column), e.g. "Political interoperability". */
  dimensionLabel: string;
  /**
   * The cell's score from 0 to {@link interoperabilityMaxScore} (the mean status of its policy products: none 0,
   * drafting 1, adopted 2, reviewed 3); null when it has not been scored (no status recorded yet,
   * or no product in the cell).
   */
  score: number | null;
  /** How many policy products the cell holds: the standard's and the city's own. */
  counts: { standard: number; own: number };
}

/** What the heatmap shows: the cells (rows and columns in the order they first appear). */
export interface InteroperabilityHeatmapInput {
  cells: readonly InteroperabilityHeatmapCell[];
}

/** The top of the score scale: the status rank of "reviewed" (none 0, drafting 1, adopted 2). */
export const interoperabilityMaxScore = 3;

/** The ECharts option of the interoperability heatmap. */
export type InteroperabilityHeatmapOption = CellGridOption;

/** The fixed wording of the interoperability heatmap. */
export const interoperabilityText: Readonly<
  Record<
    TextLanguage,
    {
      products: string;
      productCount: string;
      noProduct: string;
      /** Shorter words for narrow cells (phones). */
      short: { products: string; productCount: string; noProduct: string };
      notScored: string;
      standard: string;
      own: string;
      score: string;
      description: string;
    }
  >
> = {
  zh: {
    products: '{n} 项产品',
    productCount: '产品数',
    noProduct: '标准中无产品',
    short: { products: '{n} 项', productCount: '项产品', noProduct: '无产品' },
    notScored: '尚无状态',
    standard: '标准的政策产品',
    own: '本市自有的政策产品',
    score: '分值（0–{max}）',
    description:
      '交互性矩阵热图：{areas} 个领域（行）×{dimensions} 个交互性维度（列）。分值为单元格中政策产品状态的平均值：0 无，1 起草中，2 已采用，3 已复审；颜色越深分值越高，数值写在单元格中；斜线表示标准在该单元格中没有政策产品。{items}',
  },
  en: {
    products: '{n} products',
    productCount: 'products',
    noProduct: 'none in the standard',
    short: { products: '{n} items', productCount: 'items', noProduct: 'none' },
    notScored: 'no status yet',
    standard: "The standard's policy products",
    own: "The city's own policy products",
    score: 'Score (0–{max})',
    description:
      'Interoperability matrix heatmap: {areas} areas (rows) × {dimensions} interoperability dimensions (columns). The score is the mean status of the policy products in a cell: 0 none, 1 drafting, 2 adopted, 3 reviewed; the darker the cell the higher the score, and the figure is written in the cell; hatching marks a cell where the standard has no policy product. {items}',
  },
};

/** Fills from the lowest to the highest fifth of the scale (Okabe–Ito blue, light to dark). */
export const interoperabilityFills = [
  '#F2F7FC',
  '#C6DBEF',
  '#84B5DC',
  '#2368A8',
  '#0B3D6E',
] as const;
/** The fill of a cell without a score. */
const unscoredFill = '#FFFFFF';

/** The fill of a score on a scale from 0 to `max`. */
export function interoperabilityFill(score: number | null, max = interoperabilityMaxScore): string {
  if (score === null) return unscoredFill;
  const ratio = Math.min(1, Math.max(0, score / max));
  return interoperabilityFills[Math.min(4, Math.floor(ratio * 4 + 1e-9))] ?? unscoredFill;
}

/** Distinct values in the order they first appear. */
const inOrder = (values: readonly string[]) => [...new Set(values)];

const formatScore = (score: number) =>
  (Math.round(score * 10) / 10).toLocaleString('en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

/** The size (pixels) the heatmap reads best at. */
export function interoperabilityHeatmapSize(
  input: InteroperabilityHeatmapInput,
  width?: number,
): { width: number; height: number } {
  return cellGridSize(inOrder(input.cells.map((c) => c.areaLabel)).length, width, 64);
}

/**
 * The interoperability matrix of ISO 37106 (figure 5) as a heatmap: the areas as rows, the five
 * interoperability dimensions as columns. A scored cell is shaded by its score (darker is higher)
 * and shows the score (one decimal) and its number of products; a cell not scored yet is white
 * with its number of products and "no status yet"; a cell where the standard has no product (and
 * the city none of its own) is hatched with "none in the standard". The accessible description
 * gives every cell in words.
 */
export function interoperabilityHeatmapOption(
  input: InteroperabilityHeatmapInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): InteroperabilityHeatmapOption {
  const words = interoperabilityText[lang];
  const max = interoperabilityMaxScore;
  const rows = inOrder(input.cells.map((c) => c.areaLabel));
  const columns = inOrder(input.cells.map((c) => c.dimensionLabel));
  const separator = lang === 'zh' ? '，' : ', ';
  const inCell = cellGridColumnWidth(columns.length, layout.width) < 76 ? words.short : words;

  const describe = (cell: InteroperabilityHeatmapCell): string => {
    const total = cell.counts.standard + cell.counts.own;
    const place = `${cell.areaLabel} × ${cell.dimensionLabel}`;
    if (total === 0) return `${place}: ${words.noProduct}`;
    const products = words.products.replace('{n}', String(total));
    const score = cell.score === null ? words.notScored : formatScore(cell.score);
    return `${place}: ${products}${separator}${score}`;
  };

  const cells: GridCell[] = input.cells.map((cell) => {
    const total = cell.counts.standard + cell.counts.own;
    const empty = total === 0;
    const lines = empty
      ? ['—', inCell.noProduct]
      : cell.score === null
        ? [String(total), inCell.productCount]
        : [formatScore(cell.score), inCell.products.replace('{n}', String(total))];
    return {
      row: rows.indexOf(cell.areaLabel),
      column: columns.indexOf(cell.dimensionLabel),
      fill: interoperabilityFill(empty ? null : cell.score, max),
      hatched: empty,
      lines,
      tooltip: [
        `${cell.areaLabel} × ${cell.dimensionLabel}`,
        `${words.standard}: ${String(cell.counts.standard)}`,
        `${words.own}: ${String(cell.counts.own)}`,
        `${words.score.replace('{max}', String(max))}: ${
          empty ? words.noProduct : cell.score === null ? words.notScored : formatScore(cell.score)
        }`,
      ],
    };
  });

  return cellGridOption(
    {
      rows,
      columns,
      cells,
      description: words.description
        .replace('{areas}', String(rows.length))
        .replace('{dimensions}', String(columns.length))
        .replace('{items}', input.cells.map(describe).join('; ')),
    },
    layout,
  );
}
