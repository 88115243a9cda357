import { chartExtensions } from '@citymaturity/charts';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart } from '../../../components/ResponsiveSvgChart.js';
import { buildChart, type ChartProps } from './chart-option.js';

use(chartExtensions);

/**
 * An interactive chart (tooltips) of the results, from the option shared with the PDF report,
 * drawn to its container's width (see {@link ResponsiveSvgChart}).
 */
export default function InteractiveChart(props: ChartProps & { maxWidth?: number }) {
  const { kind, score, model, lang, maxWidth } = props;
  const build = useCallback(
    (width: number) => buildChart({ kind, score, model, lang }, width),
    [kind, score, model, lang],
  );
  return <ResponsiveSvgChart build={build} maxWidth={maxWidth} />;
}
