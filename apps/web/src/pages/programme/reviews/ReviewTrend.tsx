import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewHistory } from '../../../api/programme-reviews.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { useProgramme } from '../useProgramme.js';
import { RagBadge, RatingBadge } from './Badges.js';
import { HowToRead, LazyChart } from './LazyChart.js';
import { positionGridSpec } from './position-grid.js';
import { chartedReviews, formatMean, ragTrendInput } from './review-logic.js';
import { useItemLabel } from './useItemLabel.js';

/**
 * The trend of a kind's reviews: for the key success factors the RAG of each factor at each review
 * (heat table), for a self-check the position of each item at each review; how to read it, and the
 * same as a table with every review.
 */
export function ReviewTrend({ history }: { history: ReviewHistory }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const itemLabel = useItemLabel();
  const tableId = useId();
  const kind = history.kind;
  const ksf = kind === 'key-success-factors';

  const chart = useMemo(
    () =>
      ksf
        ? ({ kind: 'rag-trend', input: ragTrendInput(history, pack, lang) } as const)
        : ({
            kind: 'positions',
            spec: positionGridSpec(history, lang, (item) => itemLabel(item, history.kind), {
              notRated: t('reviewTool.notRated'),
              reviewOf: (date) => t('reviewTool.reviewOf', { date }),
              description: t('reviewTool.positionsDescription', {
                kind: t(`reviewTool.kinds.${kind}`),
              }),
            }),
          } as const),
    [ksf, history, pack, lang, itemLabel, t, kind],
  );

  const reviews = history.reviews;
  return (
    <section aria-labelledby="trend-title" className="cm-section">
      <h2 id="trend-title">{t(`reviewTool.${ksf ? 'trendKsf' : 'trendSelf'}`)}</h2>
      <p className="cm-pg-text">
        {t(`reviewTool.${ksf ? 'trendKsfIntro' : 'trendSelfIntro'}`)}
        {reviews.length > chartedReviews &&
          ` ${t('reviewTool.chartedLatest', { count: chartedReviews })}`}
      </p>
      <LazyChart chart={chart} loading={t('reviewTool.chartLoading')} />
      <HowToRead
        title={t('reviewTool.howToRead')}
        paragraphs={
          ksf
            ? [
                t('reviewTool.how.ksfRatings'),
                t('reviewTool.how.ksfFactor'),
                t('reviewTool.how.change'),
              ]
            : [
                t(`reviewTool.how.${kind === 'procurement' ? 'procurement' : 'governance'}`),
                t('reviewTool.how.mean', { max: history.scale.max }),
                t('reviewTool.how.change'),
              ]
        }
      />
      <details className="cm-rv-table-toggle">
        <summary id={tableId}>{t('reviewTool.trendTable', { count: reviews.length })}</summary>
        <TableRegion labelledBy={tableId}>
          <table className="cm-table">
            <thead>
              <tr>
                <th scope="col">{t(`reviewTool.itemColumn.${kind}`)}</th>
                {reviews.map((r) => (
                  <th key={r.id} scope="col">
                    {formatDate(r.reviewedOn, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ksf
                ? (pack.key_success_factors ?? []).map((factor) => (
                    <tr key={factor.id}>
                      <th scope="row">
                        {factor.number} {factor.name[lang]}
                      </th>
                      {reviews.map((r) => (
                        <td key={r.id}>
                          <RagBadge
                            rag={
                              history.factorSeries[factor.id]?.find((p) => p.reviewId === r.id)
                                ?.rag ?? null
                            }
                          />
                        </td>
                      ))}
                    </tr>
                  ))
                : history.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{itemLabel(item, kind)}</th>
                      {reviews.map((r) => (
                        <td key={r.id}>
                          <RatingBadge
                            kind={kind}
                            scale={history.scale}
                            value={r.ratings.find((x) => x.itemId === item.id)?.rating}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
              {!ksf && (
                <tr>
                  <th scope="row">
                    <strong>{t('reviewTool.meanPosition')}</strong>
                  </th>
                  {reviews.map((r) => (
                    <td key={r.id}>
                      <strong>{formatMean(r.summary.mean, lang)}</strong>
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </section>
  );
}
