import {
  type RadarChartOption,
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

/** Below this drawing width the radar's axes are named by their numbers only ("1.1"): names overlap. */
export const compactRadarWidth = 520;

/** The radar for a narrow screen: axes named by the sub-dimension numbers, a larger radius. */
export function compactRadar(option: RadarChartOption, model: ModelIndex): RadarChartOption {
  const radar = option.radar;
  if (!radar || Array.isArray(radar)) return option;
  const ids = model.pack.dimensions.flatMap((d) => d.subdimensions.map((s) => s.id));
  return {
    ...option,
    radar: {
      ...radar,
      center: ['50%', '56%'],
      radius: '68%',
      indicator: radar.indicator?.map((axis, i) => ({ ...axis, name: ids[i] ?? axis.name })),
    },
  };
}

/** Builds the option of a chart for a drawing width in pixels. */
export function buildChart({ kind, score, model, lang }: ChartProps, width: number): BuiltChart {
  const layout = { width };
  const option =
    kind === 'radar'
      ? width < compactRadarWidth
        ? compactRadar(radarChartOption(score, model, lang, layout), model)
        : radarChartOption(score, model, lang, layout)
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
