import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The ECharts parts the charts of assessment cycles need (the trend lines and the plan-realisation
 * bars): register them with `use(cycleChartExtensions)` next to (or instead of) `chartExtensions`.
 * Kept apart so that the results page and the PDF report do not bundle the line chart.
 */
export const cycleChartExtensions: Parameters<typeof use>[0] = [
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
