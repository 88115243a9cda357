import { TableOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// What every chart of the platform has around it: a placeholder while ECharts loads, and a button
// that shows the same numbers as a table.

/** The placeholder of a chart while its code loads (announced to screen readers). */
export function ChartLoading() {
  const { t } = useTranslation('results');
  return (
    <div role="status" className="cm-r-chart-loading">
      <Skeleton active paragraph={{ rows: 6 }} title={false} />
      <span className="cm-r-sr-only">{t('charts.loading')}</span>
    </div>
  );
}

/** "Show the table" / "Hide the table": the chart's numbers, rendered only once asked for. */
export function TableToggle({ className, children }: { className?: string; children: ReactNode }) {
  const { t } = useTranslation('results');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <>
      <Button
        className={className ? `cm-r-table-toggle ${className}` : 'cm-r-table-toggle'}
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
        {showTable && children}
      </div>
    </>
  );
}
