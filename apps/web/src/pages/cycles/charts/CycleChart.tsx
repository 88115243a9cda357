import {
  cycleChartExtensions,
  realisationChartOption,
  realisationChartSize,
  trendChartOption,
  trendChartSize,
  type RealisationBar,
  type TrendChartInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart, type DrawnChart } from '../../../components/ResponsiveSvgChart.js';

use(cycleChartExtensions);

/** Which chart of the cycles to draw, with its data. */
export type CycleChartSpec =
  | { kind: 'trend'; input: TrendChartInput }
  | { kind: 'realisation'; bars: readonly RealisationBar[] };

function build(spec: CycleChartSpec, lang: TextLanguage, width: number): DrawnChart {
  if (spec.kind === 'trend') {
    const { height } = trendChartSize(spec.input.panels.length, width);
    return { option: trendChartOption(spec.input, lang, { width }), size: { width, height } };
  }
  return {
    option: realisationChartOption(spec.bars, lang, { width }),
    size: realisationChartSize(spec.bars.length, width),
  };
}

/**
 * A chart of the cycles (trend lines, plan-realisation bars) from the options shared with the PDF
 * (`@citymaturity/charts`), drawn to its container's width (see {@link ResponsiveSvgChart}).
 */
export default function CycleChart({
  spec,
  lang,
  maxWidth,
}: {
  spec: CycleChartSpec;
  lang: TextLanguage;
  maxWidth?: number;
}) {
  const draw = useCallback((width: number) => build(spec, lang, width), [spec, lang]);
  return <ResponsiveSvgChart build={draw} maxWidth={maxWidth} />;
}
