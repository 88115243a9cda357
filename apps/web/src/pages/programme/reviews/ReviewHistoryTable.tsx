import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewHistory } from '../../../api/programme-reviews.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { formatMean, formatMeanChange } from './review-logic.js';

/**
 * Every review of a kind, newest first: date, reviewer, items rated, the red / amber / green counts
 * (key success factors) or the mean position (self-checks), the changes since the review before,
 * and a button to show it.
 */
export function ReviewHistoryTable({
  history,
  shownId,
  onShow,
}: {
  history: Pick<ReviewHistory, 'kind' | 'scale' | 'reviews'>;
  shownId: string | undefined;
  onShow: (review: Review) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const ksf = history.kind === 'key-success-factors';
  const count = (review: Review, value: number) =>
    review.summary.distribution.find((d) => d.value === value)?.count ?? 0;
  const newestFirst = [...history.reviews].reverse();
  return (
    <section aria-labelledby="history-title" className="cm-section">
      <h2 id="history-title">{t('reviewTool.historyTitle', { count: history.reviews.length })}</h2>
      <TableRegion labelledBy="history-title">
        <table className="cm-table">
          <thead>
            <tr>
              <th scope="col">{t('reviewTool.reviewedOn')}</th>
              <th scope="col">{t('reviewTool.reviewer')}</th>
              <th scope="col" className="cm-right">
                {t('reviewTool.rated')}
              </th>
              {ksf ? (
                (['red', 'amber', 'green'] as const).map((rag) => (
                  <th key={rag} scope="col" className="cm-right">
                    {t(`reviewTool.rag.${rag}.name`)}
                  </th>
                ))
              ) : (
                <th scope="col" className="cm-right">
                  {t('reviewTool.meanPosition')}
                </th>
              )}
              <th scope="col">{t('reviewTool.sincePrevious')}</th>
              <th scope="col">
                <span className="cm-visually-hidden">{t('reviewTool.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((review) => {
              const date = formatDate(review.reviewedOn, lang);
              const shown = review.id === shownId;
              return (
                <tr key={review.id} aria-current={shown ? 'true' : undefined}>
                  <th scope="row">{date}</th>
                  <td>{review.reviewer}</td>
                  <td className="cm-right">
                    {t('reviewTool.ratedOf', {
                      rated: review.summary.rated,
                      items: review.summary.items,
                    })}
                  </td>
                  {ksf ? (
                    [1, 2, 3].map((value) => (
                      <td key={value} className="cm-right">
                        {count(review, value)}
                      </td>
                    ))
                  ) : (
                    <td className="cm-right">
                      {formatMean(review.summary.mean, lang)}
                      {review.changes && review.changes.meanChange !== null && (
                        <span className="cm-muted">
                          {' '}
                          ({formatMeanChange(review.changes.meanChange, lang)})
                        </span>
                      )}
                    </td>
                  )}
                  <td>
                    {review.changes
                      ? t('reviewTool.changesShort', review.changes.counts)
                      : t('reviewTool.change.first')}
                  </td>
                  <td>
                    {shown ? (
                      <span className="cm-muted">{t('reviewTool.shown')}</span>
                    ) : (
                      <Button
                        size="small"
                        onClick={() => {
                          onShow(review);
                        }}
                      >
                        {t('reviewTool.show')}
                        <span className="cm-visually-hidden">: {date}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
