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
export { cycleChartExtensions } from './cycle-extensions.js';
export {
  trendChartOption,
  trendChartSize,
  trendText,
  trendTwoColumnWidth,
  type TrendChartInput,
  type TrendChartOption,
  type TrendCycle,
  type TrendLevels,
  type TrendPanel,
} from './trend-chart-option.js';
export {
  realisationChartOption,
  realisationChartSize,
  realisationChartStatuses,
  realisationStyles,
  realisationText,
  type RealisationBar,
  type RealisationChartOption,
  type RealisationChartStatus,
} from './realisation-chart-option.js';
export { peerChartExtensions } from './peer-extensions.js';
export {
  compactPeerChartWidth,
  peerChartOption,
  peerChartSize,
  peerRowHeight,
  type PeerChartInput,
  type PeerChartOption,
  type PeerChartRow,
} from './peer-chart-option.js';
export { peerMeasureWords, peerText, type PeerChartMeasure } from './peer-chart-text.js';
