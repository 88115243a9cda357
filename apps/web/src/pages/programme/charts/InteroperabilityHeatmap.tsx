import {
  cellGridChartExtensions,
  interoperabilityHeatmapOption,
  interoperabilityHeatmapSize,
  type InteroperabilityHeatmapInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart } from '../../../components/ResponsiveSvgChart.js';

use(cellGridChartExtensions);

/**
 * The interoperability heatmap (`@citymaturity/charts`), drawn to its container's width (see
 * {@link ResponsiveSvgChart}).
 */
export default function InteroperabilityHeatmap({
  input,
  lang,
}: {
  input: InteroperabilityHeatmapInput;
  lang: TextLanguage;
}) {
  const build = useCallback(
    (width: number) => ({
      option: interoperabilityHeatmapOption(input, lang, { width }),
      size: interoperabilityHeatmapSize(input, width),
    }),
    [input, lang],
  );
  return <ResponsiveSvgChart build={build} maxWidth={900} />;
}
