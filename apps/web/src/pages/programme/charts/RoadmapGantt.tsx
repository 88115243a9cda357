import {
  ganttChartExtensions,
  ganttChartOption,
  ganttChartSize,
  type GanttChartInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart } from '../../../components/ResponsiveSvgChart.js';

use(ganttChartExtensions);

/** The roadmap's timeline (`@citymaturity/charts`), drawn to its container's width. */
export default function RoadmapGantt({
  input,
  lang,
}: {
  input: GanttChartInput;
  lang: TextLanguage;
}) {
  const build = useCallback(
    (width: number) => ({
      option: ganttChartOption(input, lang, { width }),
      size: ganttChartSize(input, width),
    }),
    [input, lang],
  );
  return <ResponsiveSvgChart build={build} maxWidth={1000} />;
}
