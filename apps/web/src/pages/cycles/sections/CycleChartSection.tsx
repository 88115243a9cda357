import { TableOutlined } from '@ant-design/icons';
import type { TextLanguage } from '@citymaturity/model';
import { Button, Skeleton } from 'antd';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleChartSpec } from '../charts/CycleChart.js';
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
  const { t } = useTranslation('results');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <ResultSection id={id} title={title} intro={intro} className="cm-r-chart-section">
      <Suspense
        fallback={
          <div role="status" className="cm-r-chart-loading">
            <Skeleton active paragraph={{ rows: 6 }} title={false} />
            <span className="cm-r-sr-only">{t('charts.loading')}</span>
          </div>
        }
      >
        <CycleChart spec={spec} lang={lang} {...(maxWidth ? { maxWidth } : {})} />
      </Suspense>
      {legend}
      <Button
        className="cm-r-table-toggle"
        icon={<TableOutlined />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => {
          setShowTable((shown) => !shown);
        }}
      >
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </Button>
      <div id={tableId} hidden={!showTable}>
        {showTable && table}
      </div>
    </ResultSection>
  );
}
