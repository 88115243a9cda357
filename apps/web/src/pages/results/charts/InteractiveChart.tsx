import { chartExtensions } from '@citymaturity/charts';
import { init, use, type ECharts } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildChart, type ChartProps } from './chart-option.js';

use(chartExtensions);

/** The narrowest drawing width: below it the chart keeps this width and its box scrolls. */
const minimumWidth = 300;

/**
 * An interactive chart (tooltips) drawn with ECharts' SVG renderer from the option shared with the
 * PDF report. It fills its container's width (up to `maxWidth`) and redraws with labels wrapped
 * to that width when it changes. ECharts gives the chart role="img" and the option's description
 * (every value in words) as its accessible name.
 *
 * (A binding of our own rather than echarts-for-react: the option depends on the measured width,
 * which that wrapper does not handle, and its ESM core entry imports `tslib` undeclared.)
 */
export default function InteractiveChart(props: ChartProps & { maxWidth?: number }) {
  const { kind, score, model, lang, maxWidth = 960 } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const instance = useRef<ECharts | undefined>(undefined);
  const [width, setWidth] = useState<number>();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const next = Math.max(minimumWidth, Math.min(maxWidth, Math.floor(element.clientWidth)));
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

  useEffect(() => {
    const element = canvas.current;
    if (!element || !chart) return;
    instance.current ??= init(element, undefined, { renderer: 'svg' });
    instance.current.resize(chart.size);
    instance.current.setOption(chart.option, { notMerge: true });
  }, [chart]);

  useEffect(
    () => () => {
      instance.current?.dispose();
      instance.current = undefined;
    },
    [],
  );

  return (
    <div ref={box} className="cm-chart-box">
      <div
        ref={canvas}
        className="cm-chart"
        style={chart ? { width: chart.size.width, height: chart.size.height } : undefined}
      />
    </div>
  );
}
