import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../components/lang.js';
import { ChartLoading, TableToggle } from '../results/sections/ChartParts.js';
import { hiddenMeasures, peerChartInput, type ComparisonRow } from './comparison-logic.js';
import { PeerLegend } from './PeerLegend.js';
import { PeerTable } from './PeerTable.js';

// ECharts is loaded with the first chart, after the page's own code (as on the results page).
const PeerChart = lazy(() => import('./PeerChart.js'));

/**
 * A peer chart with how to read it, how many of its figures are hidden, and a button that shows
 * every figure behind it as a table.
 */
export function PeerChartBlock({
  rows,
  caption,
  minPeerCities,
  top,
  maxWidth,
  showLegend = true,
}: {
  rows: readonly ComparisonRow[];
  caption: string;
  minPeerCities: number;
  top: number;
  maxWidth?: number;
  /** Off where one legend serves several charts (shown once above them). */
  showLegend?: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const input = useMemo(() => peerChartInput(rows, minPeerCities, top), [rows, minPeerCities, top]);
  const { hidden, total } = hiddenMeasures(rows);

  return (
    <div className="cm-bm-chart-block">
      <Suspense fallback={<ChartLoading />}>
        <PeerChart input={input} lang={lang} {...(maxWidth ? { maxWidth } : {})} />
      </Suspense>
      {showLegend && <PeerLegend minPeerCities={minPeerCities} />}
      {hidden > 0 && (
        <p className="cm-bm-hidden-note">
          {hidden === total
            ? t('figures.allHidden', { count: minPeerCities })
            : t('figures.someHidden', { hidden, total, count: minPeerCities })}
        </p>
      )}
      <TableToggle>
        <PeerTable rows={rows} caption={caption} minPeerCities={minPeerCities} top={top} />
      </TableToggle>
    </div>
  );
}
