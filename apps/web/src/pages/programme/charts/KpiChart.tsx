import {
  kpiChartExtensions,
  kpiChartOption,
  kpiChartSize,
  type KpiChartInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart } from '../../../components/ResponsiveSvgChart.js';

use(kpiChartExtensions);

/** A KPI's actual values against its trajectory (`@citymaturity/charts`), drawn to its container's width. */
export default function KpiChart({ input, lang }: { input: KpiChartInput; lang: TextLanguage }) {
  const build = useCallback(
    (width: number) => ({
      option: kpiChartOption(input, lang, { width }),
      size: kpiChartSize(width),
    }),
    [input, lang],
  );
  return <ResponsiveSvgChart build={build} maxWidth={760} />;
}
