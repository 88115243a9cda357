import { GraphChart } from 'echarts/charts';
import { AriaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/** The ECharts parts the benefit map needs: register them with `use(benefitMapExtensions)`. */
export const benefitMapExtensions: Parameters<typeof use>[0] = [
  GraphChart,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
];
