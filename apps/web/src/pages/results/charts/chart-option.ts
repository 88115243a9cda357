import {
  gapChartOption,
  maturityMatrixOption,
  radarChartOption,
  suggestedChartSize,
  type ChartKind,
} from '@citymaturity/charts';
import type { AssessmentScore } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import type { EChartsCoreOption } from 'echarts/core';

/** What a chart component needs: which chart, the score, the model and the language. */
export interface ChartProps {
  kind: ChartKind;
  score: AssessmentScore;
  model: ModelIndex;
  lang: TextLanguage;
}

/** A chart's ECharts option (shared with the PDF report) and the size it reads best at. */
export interface BuiltChart {
  option: EChartsCoreOption;
  size: { width: number; height: number };
  /** The chart's accessible description (every value in words), as the option's aria label gives it. */
  description: string;
}

/** Builds the option of a chart for a drawing width in pixels. */
export function buildChart(
  { kind, score, model, lang }: ChartProps,
  width: number,
): BuiltChart {
  const layout = { width };
  const option =
    kind === 'radar'
      ? radarChartOption(score, model, lang, layout)
      : kind === 'maturityMatrix'
        ? maturityMatrixOption(score, model, lang, layout)
        : gapChartOption(score, model, lang, layout);
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return {
    option,
    size: suggestedChartSize(kind, model, width),
    description: aria?.label?.description ?? '',
  };
}
