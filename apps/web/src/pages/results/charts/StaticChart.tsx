import { chartExtensions } from '@citymaturity/charts';
import { init, use } from 'echarts/core';
import { useMemo } from 'react';
import { buildChart, type ChartProps } from './chart-option.js';

use(chartExtensions);

/** The width the report's charts are drawn at: the text width of an A4 page with 15 mm margins. */
export const reportChartWidth = 680;

/** Renders a chart to an SVG string, as the server does for the PDF report. */
function renderSvg(props: ChartProps): { svg: string; description: string } {
  const { option, size, description } = buildChart(props, reportChartWidth);
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return { svg: chart.renderToSVGString(), description };
  } finally {
    chart.dispose();
  }
}

/**
 * A chart drawn once as a static SVG (the same drawing as in the PDF report) that scales to the
 * width of the page and prints sharply. It is an image named by the chart's description, which
 * gives every value in words.
 */
export default function StaticChart(props: ChartProps) {
  const { kind, score, model, lang } = props;
  const { svg, description } = useMemo(
    () => renderSvg({ kind, score, model, lang }),
    [kind, score, model, lang],
  );
  return (
    <div
      className="cm-static-chart"
      role="img"
      aria-label={description}
      // The SVG is ECharts' own output from our option: every text in it is escaped by ECharts.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
