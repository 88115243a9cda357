import { CustomChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The ECharts parts the peer comparison chart of benchmarking needs: register them with
 * `use(peerChartExtensions)`. Kept apart so that the benchmarking page does not bundle the radar
 * and bar charts, nor the results page this one.
 */
export const peerChartExtensions: Parameters<typeof use>[0] = [
  CustomChart,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
