import type { ChartKind } from '@citymaturity/charts';
import { lazy, Suspense, type ReactNode } from 'react';
import type { ChartProps } from '../charts/chart-option.js';
import { ChartLoading, TableToggle } from './ChartParts.js';
import { ResultSection } from './ResultSection.js';

// ECharts is loaded with the first chart, after the page's own code: the page shows its figures first.
const InteractiveChart = lazy(() => import('../charts/InteractiveChart.js'));
const StaticChart = lazy(() => import('../charts/StaticChart.js'));

/**
 * A chart in its own region: the heading, how to read it, the chart (loaded lazily), and a toggle
 * that shows the same numbers as a table. The chart is interactive (tooltips, fitted to the
 * screen's width); in the report ("print" variant) a static SVG, drawn as in the PDF at the width
 * of an A4 page, replaces it when printing.
 */
export function ChartSection({
  id,
  title,
  intro,
  chart,
  table,
  legend,
  maxWidth,
  variant = 'screen',
}: {
  id: string;
  title: string;
  intro: ReactNode;
  chart: ChartProps & { kind: ChartKind };
  table: ReactNode;
  legend?: ReactNode;
  maxWidth?: number;
  variant?: 'screen' | 'print';
}) {
  return (
    <ResultSection id={id} title={title} intro={intro} className="cm-r-chart-section">
      <Suspense fallback={<ChartLoading />}>
        {variant === 'print' ? (
          <>
            <div className="cm-r-screen-only">
              <InteractiveChart {...chart} {...(maxWidth ? { maxWidth } : {})} />
            </div>
            <div className="cm-r-print-only">
              <StaticChart {...chart} />
            </div>
          </>
        ) : (
          <InteractiveChart {...chart} {...(maxWidth ? { maxWidth } : {})} />
        )}
      </Suspense>
      {legend}
      <TableToggle className="cm-no-print">{table}</TableToggle>
    </ResultSection>
  );
}
