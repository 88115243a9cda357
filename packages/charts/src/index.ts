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
export { cellGridChartExtensions } from './cell-grid-extensions.js';
export {
  cellGridColumnWidth,
  cellGridOption,
  cellGridSize,
  hatchLines,
  textColourOn,
  type CellGridOption,
  type CellGridSpec,
  type GridCell,
} from './cell-grid-option.js';
export {
  interoperabilityFill,
  interoperabilityFills,
  interoperabilityHeatmapOption,
  interoperabilityHeatmapSize,
  interoperabilityMaxScore,
  interoperabilityText,
  type InteroperabilityHeatmapCell,
  type InteroperabilityHeatmapInput,
  type InteroperabilityHeatmapOption,
} from './interoperability-heatmap-option.js';
export {
  ragFills,
  ragText,
  ragTrendOption,
  ragTrendSize,
  type Rag,
  type RagTrendInput,
  type RagTrendOption,
  type RagTrendRow,
} from './rag-trend-option.js';
export {
  defaultRiskBands,
  riskBandFills,
  riskBandOf,
  riskGridOption,
  riskGridSize,
  riskText,
  type RiskBand,
  type RiskGridCell,
  type RiskGridInput,
  type RiskGridOption,
} from './risk-grid-option.js';
export {
  defaultStakeholderApproach,
  stakeholderApproachFills,
  stakeholderGridOption,
  stakeholderGridSize,
  stakeholderGridText,
  type StakeholderApproach,
  type StakeholderGridCell,
  type StakeholderGridInput,
  type StakeholderGridOption,
} from './stakeholder-grid-option.js';
export { dateValue, dayMs } from './dates.js';
export { ganttChartExtensions } from './gantt-extensions.js';
export {
  ganttChartOption,
  ganttChartSize,
  ganttGroupColours,
  ganttRowHeight,
  ganttText,
  type GanttChartInput,
  type GanttChartOption,
  type GanttGroup,
  type GanttRow,
} from './gantt-chart-option.js';
export { benefitMapExtensions } from './benefit-map-extensions.js';
export {
  benefitColumnCentre,
  benefitMapAutoLayout,
  benefitMapOption,
  benefitMapPosition,
  benefitMapSize,
  benefitMapText,
  benefitMapWidth,
  benefitNodeKinds,
  benefitNodeStyles,
  type BenefitMapInput,
  type BenefitMapLink,
  type BenefitMapNode,
  type BenefitMapOption,
  type BenefitNodeKind,
} from './benefit-map-option.js';
export { kpiChartExtensions } from './kpi-extensions.js';
export {
  formatKpiValue,
  kpiChartOption,
  kpiChartSize,
  kpiStatusMarks,
  kpiText,
  type KpiChartInput,
  type KpiChartOption,
  type KpiPoint,
  type KpiStatus,
} from './kpi-chart-option.js';
