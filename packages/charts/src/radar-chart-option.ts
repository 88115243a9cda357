import type { RadarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { type ChartLayout, type ChartScore, defaultChartWidth, escapeHtml } from './chart-input.js';
import { chartText, formatLevel, subdimensionLabel, wrapLabel } from './labels.js';
import { chartColors } from './palette.js';

/** The ECharts option of the radar chart. */
export type RadarChartOption = ComposeOption<
  | RadarSeriesOption
  | RadarComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/**
 * Radar chart over the sub-dimensions of the model (17 for MMSSC), in model order: one axis per
 * sub-dimension ("1.1 name", localized), from 0 to the top level, and two series: the current
 * level and the level planned in two years, each the sub-dimension roll-up (mean of the
 * characteristic medians). Current is a solid blue line with circles, target a dashed vermillion
 * line with triangles, so the series differ without colour. A sub-dimension without a roll-up is
 * drawn at 0 and named "not rated" in the tooltip and the accessible description.
 */
export function radarChartOption(
  score: ChartScore,
  model: ModelIndex,
  lang: TextLanguage,
  layout: ChartLayout = {},
): RadarChartOption {
  const text = chartText[lang];
  const width = layout.width ?? defaultChartWidth;
  const subdimensions = model.pack.dimensions.flatMap((d) => d.subdimensions.map((s) => s.id));
  const top = model.levels.length;
  const rollups = subdimensions.map((id) => score.subdimensions[id]);
  const values = (which: 'current' | 'target') => rollups.map((r) => r?.[which] ?? 0);
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? text.notRated : formatLevel(value);
  const items = subdimensions.map(
    (id, i) =>
      `${subdimensionLabel(model, id, lang)}: ${shown(rollups[i]?.current)} → ${shown(rollups[i]?.target)}`,
  );
  const series = (which: 'current' | 'target'): RadarSeriesOption => {
    const color = which === 'current' ? chartColors.current : chartColors.target;
    const name = text[which];
    return {
      type: 'radar',
      name,
      symbol: which === 'current' ? 'circle' : 'triangle',
      symbolSize: which === 'current' ? 6 : 8,
      itemStyle: { color },
      lineStyle: { color, width: 2, type: which === 'current' ? 'solid' : 'dashed' },
      areaStyle: which === 'current' ? { color, opacity: 0.15 } : undefined,
      data: [{ name, value: values(which) }],
    };
  };
  return {
    animation: false,
    aria: {
      enabled: true,
      label: { description: text.radarDescription.replace('{items}', items.join('; ')) },
    },
    color: [chartColors.current, chartColors.target],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const which = first?.seriesIndex === 1 ? 'target' : 'current';
        return [
          `<strong>${escapeHtml(text[which])}</strong>`,
          ...subdimensions.map(
            (id, i) =>
              `${escapeHtml(subdimensionLabel(model, id, lang))}: ${escapeHtml(shown(rollups[i]?.[which]))}`,
          ),
        ].join('<br>');
      },
    },
    legend: {
      top: 0,
      left: 'center',
      data: [text.current, text.target],
      textStyle: { color: chartColors.text, fontSize: 13 },
    },
    radar: {
      center: ['50%', '50%'],
      radius: '64%',
      startAngle: 90,
      clockwise: true,
      splitNumber: top,
      indicator: subdimensions.map((id) => ({
        name: wrapLabel(subdimensionLabel(model, id, lang), Math.round(width * 0.036)),
        min: 0,
        max: top,
      })),
      axisName: {
        color: chartColors.text,
        fontSize: 11,
        lineHeight: 13,
      },
      axisLine: { lineStyle: { color: chartColors.gridLine } },
      splitLine: { lineStyle: { color: chartColors.gridLine, width: 0.6 } },
      splitArea: { show: false },
    },
    series: [series('current'), series('target')],
  };
}
