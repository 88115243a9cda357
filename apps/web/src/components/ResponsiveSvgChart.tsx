import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';

/** The narrowest drawing width: below it the chart keeps this width and its box scrolls. */
const minimumWidth = 300;

/** A chart's ECharts option for a drawing width, and the size it is drawn at. */
export interface DrawnChart {
  option: EChartsCoreOption;
  size: { width: number; height: number };
}

/**
 * An ECharts chart drawn with the SVG renderer (the caller registers the chart kinds it uses with
 * `use()`). It fills its container's width (up to `maxWidth`) and asks `build` for the option again
 * when that width changes, so labels wrap to it. ECharts gives the chart role="img" and the option's
 * description (every value in words) as its accessible name. `build` must be stable (memoised) for
 * the same data.
 *
 * (A binding of our own rather than echarts-for-react: the option depends on the measured width,
 * which that wrapper does not handle, and its ESM core entry imports `tslib` undeclared.)
 */
export function ResponsiveSvgChart({
  build,
  maxWidth = 960,
  onChart,
}: {
  build: (width: number) => DrawnChart;
  maxWidth?: number;
  /** Called once with the chart when it is created, e.g. to listen to its events. */
  onChart?: (chart: ECharts) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const instance = useRef<ECharts | undefined>(undefined);
  const created = useRef(onChart);
  useEffect(() => {
    created.current = onChart;
  }, [onChart]);
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

  const chart = useMemo(() => (width === undefined ? undefined : build(width)), [build, width]);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !chart) return;
    if (!instance.current) {
      instance.current = init(element, undefined, { renderer: 'svg' });
      created.current?.(instance.current);
    }
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
