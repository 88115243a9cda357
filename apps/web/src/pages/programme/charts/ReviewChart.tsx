import {
  cellGridChartExtensions,
  cellGridOption,
  cellGridSize,
  ragTrendOption,
  ragTrendSize,
  riskGridOption,
  riskGridSize,
  stakeholderGridOption,
  stakeholderGridSize,
  type CellGridSpec,
  type RagTrendInput,
  type RiskGridInput,
  type StakeholderGridInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart, type DrawnChart } from '../../../components/ResponsiveSvgChart.js';

use(cellGridChartExtensions);

/** Which heat table of the reviews, risks and stakeholder tools to draw, with its data. */
export type ReviewChartSpec =
  | { kind: 'rag-trend'; input: RagTrendInput }
  | { kind: 'positions'; spec: CellGridSpec }
  | { kind: 'risk-grid'; input: RiskGridInput }
  | { kind: 'stakeholder-grid'; input: StakeholderGridInput };

/** Height of one row of the self-checks' position grid (up to three lines of a row's label). */
const positionRowHeight = 48;

function build(chart: ReviewChartSpec, lang: TextLanguage, width: number): DrawnChart {
  switch (chart.kind) {
    case 'rag-trend':
      return {
        option: ragTrendOption(chart.input, lang, { width }),
        size: ragTrendSize(chart.input, width),
      };
    case 'positions':
      return {
        option: cellGridOption(chart.spec, { width }),
        size: cellGridSize(chart.spec.rows.length, width, positionRowHeight),
      };
    case 'risk-grid':
      return { option: riskGridOption(chart.input, lang, { width }), size: riskGridSize(width) };
    case 'stakeholder-grid':
      return {
        option: stakeholderGridOption(chart.input, lang, { width }),
        size: stakeholderGridSize(width),
      };
  }
}

/**
 * The heat tables of the key success factor reviews, the self-checks, the risk register and the
 * stakeholder register (`@citymaturity/charts`, shared with the PDF), drawn to their container's
 * width (see {@link ResponsiveSvgChart}); ECharts is loaded with this module, after the page.
 */
export default function ReviewChart({
  chart,
  lang,
  maxWidth = 900,
}: {
  chart: ReviewChartSpec;
  lang: TextLanguage;
  maxWidth?: number;
}) {
  const draw = useCallback((width: number) => build(chart, lang, width), [chart, lang]);
  return <ResponsiveSvgChart build={draw} maxWidth={maxWidth} />;
}
