import type { CustomSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  CustomSeriesRenderItem,
  CustomSeriesRenderItemReturn,
} from 'echarts/types/dist/shared';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { chartText } from './labels.js';
import { chartColors } from './palette.js';
import { peerMeasureWords, peerText, type PeerChartMeasure } from './peer-chart-text.js';

/** The ECharts option of a peer comparison chart. */
export type PeerChartOption = ComposeOption<
  CustomSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** One row of the chart: an item (overall, a dimension, a characteristic…) and its two measures. */
export interface PeerChartRow {
  /** "1.1 City vision": the row's name. */
  label: string;
  /** "1.1": the name on a narrow drawing (below {@link compactPeerChartWidth}). */
  shortLabel: string;
  current: PeerChartMeasure;
  target: PeerChartMeasure;
}

/** What a peer chart shows: its rows, the privacy threshold and the top level of the model. */
export interface PeerChartInput {
  rows: readonly PeerChartRow[];
  /** Figures are given only where at least this many cities have a value. */
  minPeerCities: number;
  /** The top level of the model (the level axis runs from 1 to it). */
  top: number;
}

/** Height in pixels of one row (two lanes: current above, target below). */
export const peerRowHeight = 48;
/** Space in pixels above the rows (the level axis) and below them. */
const topMargin = 40;
const bottomMargin = 12;
/** Below this drawing width the rows are named by their numbers only ("1.1"). */
export const compactPeerChartWidth = 520;

/** The size (pixels) a peer chart of `rows` rows reads best at. */
export function peerChartSize(
  rows: number,
  width = defaultChartWidth,
): { width: number; height: number } {
  return { width, height: topMargin + Math.max(1, rows) * peerRowHeight + bottomMargin };
}

/** Fill of the peers' box (a light tint of the measure's colour) by measure. */
const boxFill = { current: '#D3E6F3', target: '#F8DFCC' } as const;
/** Text of a hidden lane: dark grey (7:1 on white). */
const hiddenText = '#595959';

type Measure = 'current' | 'target';

/** One lane of the chart: a row's measure. */
interface Lane {
  row: PeerChartRow;
  rowIndex: number;
  measure: Measure;
  value: PeerChartMeasure;
}

/** The city's mark: a circle (current) or a triangle (target) centred on (x, y). */
function cityMark(measure: Measure, x: number, y: number): CustomSeriesRenderItemReturn {
  const style = {
    fill: measure === 'current' ? chartColors.current : chartColors.target,
    stroke: chartColors.background,
    lineWidth: 1.5,
  };
  if (measure === 'current') return { type: 'circle', shape: { cx: x, cy: y, r: 6 }, style };
  const r = 8;
  return {
    type: 'polygon',
    shape: {
      points: [
        [x, y - r],
        [x + r * 0.9, y + r * 0.6],
        [x - r * 0.9, y + r * 0.6],
      ],
    },
    style,
  };
}

/**
 * Places each row of items (overall, dimensions, sub-dimensions or characteristics) inside the
 * distribution of its peer group, box-plot style, on the level axis (1 to the top level): per row
 * two lanes, the current level above and the level planned in two years below. A lane's box spans
 * the peers' lower to upper quartile (the middle half of the group), the dark line is the median
 * and the city is a circle (current, blue) or a triangle (target, vermillion): shapes and positions
 * tell the two apart without colour. There are no whiskers: the consortium never gives a minimum or
 * maximum. A lane with too few cities shows "hidden: fewer than N cities" and only the city's own
 * mark. The accessible description gives every figure in words.
 */
export function peerChartOption(
  input: PeerChartInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): PeerChartOption {
  const text = chartText[lang];
  const words = peerText[lang];
  const width = layout.width ?? defaultChartWidth;
  const compact = width < compactPeerChartWidth;
  const hidden = words.hidden.replace('{n}', String(input.minPeerCities));
  const lanes: Lane[] = input.rows.flatMap((row, rowIndex) =>
    (['current', 'target'] as const).map((measure) => ({
      row,
      rowIndex,
      measure,
      value: row[measure],
    })),
  );

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const lane = lanes[params.dataIndex];
    const size = api.size?.([0, 1]);
    if (!lane || !Array.isArray(size)) return null;
    const band = size[1] ?? peerRowHeight;
    const [, rowCentre = 0] = api.coord([1, lane.rowIndex]);
    const y = rowCentre + (lane.measure === 'current' ? -band / 4 : band / 4);
    const boxHeight = band * 0.34;
    const x = (level: number) => api.coord([level, lane.rowIndex])[0] ?? 0;
    const children: CustomSeriesRenderItemReturn[] = [];
    const value = lane.value;
    if (value.suppressed) {
      // The hidden note sits on the side away from the city's own mark.
      const right = value.city !== null && value.city <= (1 + input.top) / 2;
      children.push({
        type: 'text',
        style: {
          text: hidden,
          x: right ? x(input.top) : x(1),
          y,
          align: right ? 'right' : 'left',
          verticalAlign: 'middle',
          fill: hiddenText,
          fontSize: 11,
          fontStyle: 'italic',
        },
      });
    } else {
      const left = x(value.q1);
      children.push(
        {
          type: 'rect',
          shape: {
            x: left - 1,
            y: y - boxHeight / 2,
            width: Math.max(2, x(value.q3) - left + 2),
            height: boxHeight,
          },
          style: {
            fill: boxFill[lane.measure],
            stroke: lane.measure === 'current' ? chartColors.current : chartColors.target,
            lineWidth: 1.5,
          },
        },
        {
          type: 'line',
          shape: {
            x1: x(value.median),
            y1: y - boxHeight / 2 - 3,
            x2: x(value.median),
            y2: y + boxHeight / 2 + 3,
          },
          style: { stroke: chartColors.text, lineWidth: 3 },
        },
      );
    }
    if (value.city !== null) children.push(cityMark(lane.measure, x(value.city), y));
    return { type: 'group', children } as CustomSeriesRenderItemReturn;
  };

  const describeRow = (row: PeerChartRow) =>
    `${row.label}: ${text.current}: ${peerMeasureWords(row.current, input.minPeerCities, lang)}; ${text.target}: ${peerMeasureWords(row.target, input.minPeerCities, lang)}`;

  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: words.description
          .replace('{n}', String(input.minPeerCities))
          .replace('{items}', input.rows.map(describeRow).join('. ')),
      },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const lane = lanes[first?.dataIndex ?? -1];
        if (!lane) return '';
        return [
          `<strong>${escapeHtml(lane.row.label)}</strong>`,
          `${escapeHtml(text[lane.measure])}: ${escapeHtml(peerMeasureWords(lane.value, input.minPeerCities, lang))}`,
        ].join('<br>');
      },
    },
    grid: { left: 8, right: 16, top: topMargin, bottom: bottomMargin },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 1,
      max: input.top,
      interval: 1,
      name: text.level,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: chartColors.text, fontSize: 11 },
      axisLabel: { color: chartColors.text, fontSize: 11 },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6, type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.rows.map((row) => (compact ? row.shortLabel : row.label)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      splitLine: { show: true, lineStyle: { color: chartColors.gridLine, width: 0.4 } },
      axisLabel: {
        interval: 0,
        color: chartColors.text,
        fontSize: 11,
        width: compact ? 40 : Math.round(width * 0.36),
        overflow: 'break',
        lineHeight: 12,
      },
    },
    series: [
      {
        type: 'custom',
        name: words.you,
        renderItem,
        encode: { x: 0, y: 1 },
        data: lanes.map((lane) => [lane.value.city ?? 1, lane.rowIndex]),
      },
    ],
  };
}
