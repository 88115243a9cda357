import { chartExtensions } from '@citymaturity/charts';
import { dispose, getInstanceByDom, init, use } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildChart, type ChartProps } from './chart-option.js';

use(chartExtensions);

const echarts = { init, dispose, getInstanceByDom };

/** The narrowest and widest drawing widths: labels are wrapped to the width the chart really has. */
const minimumWidth = 300;

/**
 * An interactive chart (tooltips) drawn with ECharts' SVG renderer from the option shared with the
 * PDF report. It fills its container's width and redraws its labels when that width changes.
 * ECharts gives the chart role="img" and the option's description (every value in words) as its
 * accessible name.
 */
export default function InteractiveChart(props: ChartProps & { maxWidth?: number }) {
  const { kind, score, model, lang, maxWidth = 960 } = props;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const next = Math.max(minimumWidth, Math.min(maxWidth, Math.round(element.clientWidth)));
      setWidth((previous) =>
        previous !== undefined && Math.abs(previous - next) < 8 ? previous : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [maxWidth]);
  const chart = useMemo(
    () => (width === undefined ? undefined : buildChart({ kind, score, model, lang }, width)),
    [kind, score, model, lang, width],
  );
  return (
    <div ref={box} className="cm-chart-box">
      {chart && (
        <ReactEChartsCore
          echarts={echarts}
          option={chart.option}
          notMerge
          opts={{ renderer: 'svg' }}
          style={{ width: chart.size.width, maxWidth: '100%', height: chart.size.height }}
        />
      )}
    </div>
  );
}
