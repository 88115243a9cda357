import type { TextLanguage } from '@citymaturity/model';
import { lazy, Suspense, type ReactNode } from 'react';
import type { CycleChartSpec } from '../charts/CycleChart.js';
import { ChartLoading, TableToggle } from '../../results/sections/ChartParts.js';
import { ResultSection } from '../../results/sections/ResultSection.js';

// ECharts is loaded with the first chart, after the page's own code (as on the results page).
const CycleChart = lazy(() => import('../charts/CycleChart.js'));

/**
 * A chart of the cycles in its own region: heading, how to read it, the chart (loaded lazily), a
 * legend, and a button that shows the same numbers as a table.
 */
export function CycleChartSection({
  id,
  title,
  intro,
  spec,
  lang,
  table,
  legend,
  maxWidth,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  spec: CycleChartSpec;
  lang: TextLanguage;
  table: ReactNode;
  legend?: ReactNode;
  maxWidth?: number;
}) {
  return (
    <ResultSection id={id} title={title} intro={intro} className="cm-r-chart-section">
      <Suspense fallback={<ChartLoading />}>
        <CycleChart spec={spec} lang={lang} {...(maxWidth ? { maxWidth } : {})} />
      </Suspense>
      {legend}
      <TableToggle>{table}</TableToggle>
    </ResultSection>
  );
}
