import { CustomChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/** The ECharts parts the roadmap timeline needs: register them with `use(ganttChartExtensions)`. */
export const ganttChartExtensions: Parameters<typeof use>[0] = [
  CustomChart,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
