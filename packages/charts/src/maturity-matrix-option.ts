import type { CustomSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  CustomSeriesRenderItem,
  CustomSeriesRenderItemReturn,
} from 'echarts/types/dist/shared';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import {
  type ChartLayout,
  type ChartScore,
  defaultChartWidth,
  escapeHtml,
  medians,
} from './chart-input.js';
import { characteristicLabel, chartText, formatLevel, levelLabel } from './labels.js';
import {
  matrixCell,
  matrixCellSymbols,
  type HalfCellState,
  type MatrixCell,
} from './matrix-cells.js';
import { chartColors } from './palette.js';

/** The ECharts option of the maturity matrix. */
export type MaturityMatrixOption = ComposeOption<
  | CustomSeriesOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

const fillOf: Record<HalfCellState, string> = {
  current: chartColors.current,
  planned: chartColors.target,
  none: chartColors.background,
};

/** The graphic elements of one cell: its frame, the filled halves and the symbol. */
function drawCell(cell: MatrixCell, x: number, y: number, width: number, height: number) {
  const half = width / 2;
  const shapes: CustomSeriesRenderItemReturn[] = [
    {
      type: 'rect',
      shape: { x, y, width, height },
      style: { fill: chartColors.background, stroke: chartColors.gridLine, lineWidth: 1 },
    },
  ];
  if (cell.left === cell.right && cell.left !== 'none') {
    shapes.push({
      type: 'rect',
      shape: { x, y, width, height },
      style: { fill: fillOf[cell.left] },
    });
  } else {
    for (const [side, state] of [
      [0, cell.left],
      [1, cell.right],
    ] as const) {
      if (state === 'none') continue;
      shapes.push({
        type: 'rect',
        shape: { x: x + side * half, y, width: half, height },
        style: { fill: fillOf[state] },
      });
    }
  }
  if (cell.symbol) {
    // A half cell's symbol sits in its filled half, the others in the middle.
    const centre = cell.right === 'none' ? x + half / 2 : x + half;
    shapes.push({
      type: 'text',
      style: {
        text: cell.symbol,
        x: centre,
        y: y + height / 2,
        align: 'center',
        verticalAlign: 'middle',
        fill: chartColors.onFill,
        fontSize: Math.min(14, Math.max(9, height * 0.5)),
      },
    });
  }
  return shapes;
}

/**
 * The maturity matrix of figure 1 of ISO/TS 37107: one row per characteristic in model order, top
 * to bottom ("1.1.1 name"), one column per level (the pack's level names). Each cell shows whether
 * the level is reached now (at most the current median: blue, "●"), planned within two years (at
 * most the target median: vermillion, "○") or neither (empty). A median ending in .5 fills half
 * of the next level's cell ("●½", "○½", or "◐" when the other half is planned). The legend is
 * written out in words under the matrix, so the chart never relies on colour alone.
 */
export function maturityMatrixOption(
  score: ChartScore,
  model: ModelIndex,
  lang: TextLanguage,
  layout: ChartLayout = {},
): MaturityMatrixOption {
  const text = chartText[lang];
  const width = layout.width ?? defaultChartWidth;
  const rows = model.characteristics.map((c) => {
    const { current, target } = medians(score, c.id);
    return {
      label: characteristicLabel(model, c.id, lang),
      current,
      target,
      cells: model.levels.map((level) => matrixCell(level, current, target)),
    };
  });
  const cells = rows.flatMap((row, rowIndex) =>
    row.cells.map((cell, levelIndex) => ({ row, rowIndex, levelIndex, cell })),
  );
  const shown = (value: number | null) => (value === null ? text.notRated : formatLevel(value));
  const describe = (row: (typeof rows)[number]) =>
    `${row.label}: ${shown(row.current)} → ${shown(row.target)}`;

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const entry = cells[params.dataIndex];
    const size = api.size?.([1, 1]);
    if (!entry || !Array.isArray(size)) return null;
    const [centreX = 0, centreY = 0] = api.coord([entry.levelIndex, entry.rowIndex]);
    const [cellWidth = 0, cellHeight = 0] = size;
    const w = cellWidth - 2;
    const h = cellHeight - 2;
    return {
      type: 'group',
      children: drawCell(entry.cell, centreX - w / 2, centreY - h / 2, w, h),
    } as CustomSeriesRenderItemReturn;
  };

  const legendLine = [
    `{current| ${matrixCellSymbols.reached} } ${text.matrixStates.reached}`,
    `{planned| ${matrixCellSymbols.planned} } ${text.matrixStates.planned}`,
    `{neither|    } ${text.matrixStates.neither}`,
  ].join('    ');
  const legendBox = { padding: [2, 3], borderRadius: 2, fontSize: 12 };

  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: text.matrixDescription.replace('{items}', rows.map(describe).join('; ')),
      },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const entry = cells[first?.dataIndex ?? -1];
        if (!entry) return '';
        const level = levelLabel(model, entry.cell.level, lang);
        return [
          `<strong>${escapeHtml(entry.row.label)}</strong>`,
          `${escapeHtml(level)}: ${entry.cell.symbol} ${escapeHtml(text.matrixStates[entry.cell.state])}`,
          `${escapeHtml(text.current)}: ${escapeHtml(shown(entry.row.current))}`,
          `${escapeHtml(text.target)}: ${escapeHtml(shown(entry.row.target))}`,
        ].join('<br>');
      },
    },
    title: {
      left: 8,
      bottom: 6,
      text: legendLine,
      textStyle: {
        fontSize: 12,
        fontWeight: 'normal',
        color: chartColors.text,
        rich: {
          current: {
            ...legendBox,
            backgroundColor: chartColors.current,
            color: chartColors.onFill,
          },
          planned: { ...legendBox, backgroundColor: chartColors.target, color: chartColors.onFill },
          neither: { ...legendBox, borderColor: chartColors.gridLine, borderWidth: 1 },
        },
      },
      subtext: text.matrixHalfLevelNote,
      subtextStyle: {
        fontSize: 11,
        color: chartColors.text,
        width: width - 24,
        overflow: 'break',
      },
      itemGap: 8,
    },
    grid: { left: 8, right: 8, top: 56, bottom: 76 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: model.levels.map((level) => levelLabel(model, level, lang)),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        width: Math.round((width * 0.55) / model.levels.length),
        overflow: 'break',
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        width: Math.round(width * 0.4),
        overflow: 'break',
        lineHeight: 12,
      },
    },
    series: [
      {
        type: 'custom',
        name: text.level,
        renderItem,
        encode: { x: 0, y: 1 },
        data: cells.map((c) => [c.levelIndex, c.rowIndex]),
      },
    ],
  };
}
