import { CustomChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The ECharts parts the heat tables of the ISO 37106 workspace need (interoperability heatmap,
 * RAG trend, risk grid, stakeholder grid): register them with `use(cellGridChartExtensions)`.
 */
export const cellGridChartExtensions: Parameters<typeof use>[0] = [
  CustomChart,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
