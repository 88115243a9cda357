import type { CustomSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  CustomSeriesRenderItem,
  CustomSeriesRenderItemReturn,
} from 'echarts/types/dist/shared';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { chartColors, contrastRatio } from './palette.js';

// The table-like charts of the ISO 37106 workspace (interoperability heatmap, RAG trend, risk
// grid, stakeholder grid) share one drawing: a grid of cells on two category axes, each cell
// filled, optionally hatched, with its value written in it, so that colour is never the only cue.

/** The ECharts option of a cell grid. */
export type CellGridOption = ComposeOption<
  CustomSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** One cell of a grid. */
export interface GridCell {
  /** Index of the row (top to bottom) and of the column (left to right). */
  row: number;
  column: number;
  /** Background colour (`#rrggbb`); the text is drawn dark or white, whichever contrasts more. */
  fill: string;
  /** Diagonal hatching over the fill (e.g. a cell with nothing to rate). */
  hatched?: boolean;
  /** Lines of text, the first one larger and bold (the value), the others smaller (words). */
  lines: readonly string[];
  /** The tooltip's lines, plain text (the first one bold). */
  tooltip: readonly string[];
}

/** A grid of cells: its row and column labels, the cells and the accessible description. */
export interface CellGridSpec {
  rows: readonly string[];
  columns: readonly string[];
  cells: readonly GridCell[];
  /** Every value in words, for screen readers. */
  description: string;
  /** Name of the column axis (above the column labels) and of the row axis (left of the rows). */
  columnAxisName?: string;
  rowAxisName?: string;
}

/** Default height of one row of a cell grid, in pixels. */
export const cellGridRowHeight = 60;
/** Dark text on light fills (15:1 on white). */
const darkText = '#1F1F1F';
/** Hatch lines: grey, 3.3:1 on white. */
const hatchColour = chartColors.gridLine;

/** The text colour (dark or white) that contrasts more with a fill. */
export function textColourOn(fill: string): string {
  return contrastRatio(darkText, fill) >= contrastRatio('#FFFFFF', fill) ? darkText : '#FFFFFF';
}

/** Diagonal lines (bottom-left to top-right) every `gap` pixels, clipped to a rectangle. */
export function hatchLines(
  x: number,
  y: number,
  width: number,
  height: number,
  gap = 8,
): { x1: number; y1: number; x2: number; y2: number }[] {
  const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
  // Lines x' + y' = k (in the cell's own coordinates, y' down), for k from gap to width + height.
  for (let k = gap; k < width + height; k += gap) {
    const x1 = Math.max(0, k - height);
    const y1 = k - x1;
    const x2 = Math.min(width, k);
    const y2 = k - x2;
    lines.push({ x1: x + x1, y1: y + y1, x2: x + x2, y2: y + y2 });
  }
  return lines;
}

/** Space reserved for the row labels: a third of the drawing, between 72 and 200 pixels. */
function rowLabelWidth(width: number): number {
  return Math.round(Math.min(200, Math.max(72, width * 0.3)));
}

/** The width in pixels of one column of a grid of `columns` columns drawn `width` wide. */
export function cellGridColumnWidth(columns: number, width = defaultChartWidth): number {
  return (width - rowLabelWidth(width) - 16) / Math.max(1, columns);
}

/** Height in pixels of the column labels above the grid (up to three wrapped lines). */
const columnLabelHeight = 52;

/** The size (pixels) a cell grid of `rows` rows reads best at. */
export function cellGridSize(
  rows: number,
  width = defaultChartWidth,
  rowHeight = cellGridRowHeight,
  columnAxisName = false,
): { width: number; height: number } {
  return {
    width,
    height: columnLabelHeight + (columnAxisName ? 22 : 0) + Math.max(1, rows) * rowHeight + 8,
  };
}

/** The shapes of one cell: fill, hatching, and its lines of text centred. */
function drawCell(
  cell: GridCell,
  x: number,
  y: number,
  width: number,
  height: number,
): CustomSeriesRenderItemReturn[] {
  const textColour = textColourOn(cell.fill);
  const shapes: CustomSeriesRenderItemReturn[] = [
    {
      type: 'rect',
      shape: { x, y, width, height },
      style: { fill: cell.fill, stroke: chartColors.gridLine, lineWidth: 1 },
    },
  ];
  if (cell.hatched)
    for (const line of hatchLines(x, y, width, height))
      shapes.push({ type: 'line', shape: line, style: { stroke: hatchColour, lineWidth: 1 } });
  // The value above the middle, the words below it, wrapped to the cell (up to two lines).
  const [value = '', ...words] = cell.lines;
  const split = words.length > 0 ? y + height * 0.5 : y + height / 2 + 9;
  const common = {
    x: x + width / 2,
    align: 'center' as const,
    fill: textColour,
    width: Math.max(8, width - 6),
    // Over hatching, the text sits on a plain patch of the fill so that it stays legible.
    ...(cell.hatched ? { backgroundColor: cell.fill, padding: [1, 3] } : {}),
  };
  shapes.push({
    type: 'text',
    style: {
      ...common,
      text: value,
      y: split,
      verticalAlign: 'bottom',
      fontSize: 15,
      fontWeight: 'bold',
      overflow: 'truncate',
    },
  });
  if (words.length > 0)
    shapes.push({
      type: 'text',
      style: {
        ...common,
        text: words.join(' '),
        y: split + 2,
        verticalAlign: 'top',
        fontSize: 11,
        lineHeight: 13,
        overflow: 'break',
        // At most what fits under the value; the rest is cut (the tooltip has it all).
        height: Math.max(13, y + height - split - 4),
        lineOverflow: 'truncate',
      },
    });
  return shapes;
}

/**
 * A grid of cells on two category axes: the column labels above, the row labels on the left (top
 * row first), every cell filled, optionally hatched, with its lines of text in it. The building
 * block of the workspace's heat tables; the accessible description is the spec's.
 */
export function cellGridOption(spec: CellGridSpec, layout: ChartLayout = {}): CellGridOption {
  const width = layout.width ?? defaultChartWidth;
  const labels = rowLabelWidth(width);
  const left = labels + 8;
  const columnWidth = cellGridColumnWidth(spec.columns.length, width);
  const top = columnLabelHeight + (spec.columnAxisName ? 22 : 0);

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const cell = spec.cells[params.dataIndex];
    const size = api.size?.([1, 1]);
    if (!cell || !Array.isArray(size)) return null;
    const [centreX = 0, centreY = 0] = api.coord([cell.column, cell.row]);
    const [cellWidth = 0, cellHeight = 0] = size;
    const w = cellWidth - 2;
    const h = cellHeight - 2;
    return {
      type: 'group',
      children: drawCell(cell, centreX - w / 2, centreY - h / 2, w, h),
    } as CustomSeriesRenderItemReturn;
  };

  const axisText = { color: chartColors.text, fontSize: 11 };
  return {
    animation: false,
    aria: { enabled: true, label: { description: spec.description } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const cell = spec.cells[first?.dataIndex ?? -1];
        if (!cell) return '';
        return cell.tooltip
          .map((line, i) => (i === 0 ? `<strong>${escapeHtml(line)}</strong>` : escapeHtml(line)))
          .join('<br>');
      },
    },
    grid: { left, right: 8, top, bottom: 8 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: [...spec.columns],
      ...(spec.columnAxisName
        ? {
            name: spec.columnAxisName,
            nameLocation: 'middle',
            nameGap: columnLabelHeight,
            nameTextStyle: { ...axisText, fontWeight: 'bold' },
          }
        : {}),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        ...axisText,
        interval: 0,
        width: Math.max(36, columnWidth - 4),
        overflow: 'break',
        lineHeight: 13,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...spec.rows],
      ...(spec.rowAxisName
        ? {
            // Above the row labels, ending where the cells begin.
            name: spec.rowAxisName,
            nameLocation: 'start',
            nameGap: 10,
            nameTextStyle: { ...axisText, fontWeight: 'bold', align: 'right' },
          }
        : {}),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { ...axisText, interval: 0, width: labels - 8, overflow: 'break', lineHeight: 13 },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: 0, y: 1 },
        data: spec.cells.map((cell) => [cell.column, cell.row]),
      },
    ],
  };
}
