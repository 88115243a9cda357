import { TableOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../components/lang.js';
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
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const input = useMemo(() => peerChartInput(rows, minPeerCities, top), [rows, minPeerCities, top]);
  const { hidden, total } = hiddenMeasures(rows);

  return (
    <div className="cm-bm-chart-block">
      <Suspense
        fallback={
          <div role="status" className="cm-r-chart-loading">
            <Skeleton active paragraph={{ rows: 6 }} title={false} />
            <span className="cm-r-sr-only">{t('results:charts.loading')}</span>
          </div>
        }
      >
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
      <Button
        className="cm-r-table-toggle"
        icon={<TableOutlined />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => {
          setShowTable((shown) => !shown);
        }}
      >
        {showTable ? t('results:charts.hideTable') : t('results:charts.showTable')}
      </Button>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <PeerTable rows={rows} caption={caption} minPeerCities={minPeerCities} top={top} />
        )}
      </div>
    </div>
  );
}
