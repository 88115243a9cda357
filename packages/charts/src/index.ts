export { chartExtensions } from './extensions.js';
export { radarChartOption, type RadarChartOption } from './radar-chart-option.js';
export { maturityMatrixOption, type MaturityMatrixOption } from './maturity-matrix-option.js';
export { gapChartOption, gapRows, type GapChartOption, type GapRow } from './gap-chart-option.js';
export {
  matrixCell,
  matrixCellSymbols,
  type HalfCellState,
  type MatrixCell,
  type MatrixCellState,
} from './matrix-cells.js';
export {
  chartText,
  characteristicLabel,
  formatLevel,
  levelLabel,
  subdimensionLabel,
  wrapLabel,
  type ChartText,
} from './labels.js';
export { chartColors, contrastRatio, relativeLuminance } from './palette.js';
export {
  characteristicRowHeight,
  defaultChartWidth,
  suggestedChartSize,
  type ChartKind,
  type ChartLayout,
  type ChartScore,
} from './chart-input.js';
