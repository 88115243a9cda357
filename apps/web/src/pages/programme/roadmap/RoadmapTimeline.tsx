import { Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetTotal, DateSpan, Roadmap } from '../../../api/programme-roadmap.js';
import { DataTable } from '../../../components/DataTable.js';
import { formatDate, formatNumber, todayIsoDate } from '../../../components/format.js';
import { useLang, type Lang } from '../../../components/lang.js';
import { formatMoney, phaseLabel, roadmapGanttInput } from './roadmap-logic.js';

// ECharts comes with the chart, after the page's own code.
const RoadmapGantt = lazy(() => import('../charts/RoadmapGantt.js'));

/** Budgets per currency, e.g. "¥1,250,000.50 + €80,000.00" (currencies are never added together). */
export function BudgetTotals({ budgets, lang }: { budgets: readonly BudgetTotal[]; lang: Lang }) {
  const { t } = useTranslation('programme');
  if (budgets.length === 0) return <>{t('roadmap.noBudget')}</>;
  return <>{budgets.map((b) => formatMoney(b.total, b.currency, lang)).join(' + ')}</>;
}

function Span({ span, lang }: { span: DateSpan | null; lang: Lang }) {
  const { t } = useTranslation('programme');
  if (!span) return <>{t('roadmap.noSpan')}</>;
  return (
    <>
      {t('roadmap.span', {
        start: formatDate(span.startsOn, lang),
        end: formatDate(span.endsOn, lang),
        days: formatNumber(span.days, lang),
      })}
    </>
  );
}

/**
 * The roadmap's timeline: its span, quick wins and budgets in figures, the Gantt chart (phases as
 * lanes, today's line and the assessment's two-year horizon) with how to read it, and the phases
 * in a table (initiatives, span, quick wins, budget) for those who do not read the chart.
 */
export function RoadmapTimeline({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const timeline = roadmap.timeline;
  const count = roadmap.initiatives.length;
  const input = useMemo(
    () => roadmapGanttInput(roadmap, lang, todayIsoDate(), t('roadmap.horizonLine')),
    [roadmap, lang, t],
  );
  return (
    <section aria-labelledby="roadmap-timeline" className="cm-section cm-pg-stack">
      <h2 id="roadmap-timeline">{t('roadmap.timelineTitle')}</h2>
      <dl className="cm-rm-facts">
        <div>
          <dt>{t('roadmap.facts.initiatives')}</dt>
          <dd>{formatNumber(count, lang)}</dd>
        </div>
        <div>
          <dt>{t('roadmap.facts.span')}</dt>
          <dd>
            <Span span={timeline.span} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{t('roadmap.facts.quickWins')}</dt>
          <dd>{formatNumber(timeline.quickWins, lang)}</dd>
        </div>
        <div>
          <dt>{t('roadmap.facts.budget')}</dt>
          <dd>
            <BudgetTotals budgets={timeline.budgets} lang={lang} />
            {timeline.unbudgeted > 0 && (
              <span className="cm-rm-note">
                {t('roadmap.unbudgeted', { count: timeline.unbudgeted })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <details className="cm-pg-notes cm-rm-how">
        <summary>{t('roadmap.howToRead')}</summary>
        <p>{t('roadmap.timelineExplained')}</p>
        <p>{t('roadmap.budgetExplained')}</p>
      </details>
      {count === 0 ? (
        <p className="cm-muted">{t('roadmap.empty')}</p>
      ) : (
        <Suspense
          fallback={
            <div role="status">
              <Skeleton active paragraph={{ rows: 5 }} title={false} />
              <span className="cm-visually-hidden">{t('roadmap.chartLoading')}</span>
            </div>
          }
        >
          <RoadmapGantt input={input} lang={lang} />
        </Suspense>
      )}
      <h3 id="roadmap-phase-table">{t('roadmap.phaseTable')}</h3>
      <DataTable
        labelledBy="roadmap-phase-table"
        rows={timeline.phases}
        rowKey={(lane) => lane.phaseId}
        empty={t('roadmap.empty')}
        columns={[
          {
            key: 'phase',
            rowHeader: true,
            title: t('roadmap.columns.phase'),
            render: (lane) => (
              <>
                {phaseLabel(roadmap, lane.phaseId, lang)}
                {!lane.inPack && <span className="cm-rm-note">{t('roadmap.notInPack')}</span>}
              </>
            ),
          },
          {
            key: 'initiatives',
            align: 'right',
            title: t('roadmap.columns.initiatives'),
            render: (lane) => formatNumber(lane.rows.length, lang),
          },
          {
            key: 'span',
            title: t('roadmap.columns.span'),
            render: (lane) => <Span span={lane.span} lang={lang} />,
          },
          {
            key: 'quickWins',
            align: 'right',
            title: t('roadmap.columns.quickWins'),
            render: (lane) => formatNumber(lane.quickWins, lang),
          },
          {
            key: 'budget',
            title: t('roadmap.columns.budget'),
            render: (lane) => <BudgetTotals budgets={lane.budgets} lang={lang} />,
          },
        ]}
      />
    </section>
  );
}
