import { BarChart, CustomChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The ECharts charts, components and renderer that CityMaturity's chart options need. Register
 * them once with `use(chartExtensions)` from `echarts/core`, in the web app (interactive) and on
 * the server (SVG rendering for the PDF report), so that both bundle exactly what is used.
 */
export const chartExtensions: Parameters<typeof use>[0] = [
  RadarChart,
  CustomChart,
  BarChart,
  RadarComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
