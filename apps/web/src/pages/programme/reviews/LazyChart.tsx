import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ReviewChartSpec } from '../charts/ReviewChart.js';
import { useLang } from '../../../components/lang.js';

// ECharts comes with the chart's module, after the page's own code.
const ReviewChart = lazy(() => import('../charts/ReviewChart.js'));

/** A heat table of the tools, loaded after the page (a skeleton, announced, until then). */
export function LazyChart({ chart, loading }: { chart: ReviewChartSpec; loading: string }) {
  const lang = useLang();
  return (
    <Suspense
      fallback={
        <div role="status">
          <Skeleton active paragraph={{ rows: 5 }} title={false} />
          <span className="cm-visually-hidden">{loading}</span>
        </div>
      }
    >
      <ReviewChart chart={chart} lang={lang} />
    </Suspense>
  );
}

/** "How to read": paragraphs folded under a summary. */
export function HowToRead({ title, paragraphs }: { title: string; paragraphs: readonly string[] }) {
  return (
    <details className="cm-rv-how">
      <summary>{title}</summary>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </details>
  );
}
