import { useTranslation } from 'react-i18next';
import type { Review, ReviewHistory } from '../../../api/programme-reviews.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { RatingBadge } from './Badges.js';
import { changeLists, type ChangedItem } from './review-logic.js';
import { useItemLabel } from './useItemLabel.js';

/**
 * What changed since the review of the same kind before this one: the counts, then the items that
 * worsened, improved, were rated for the first time or no longer are, each with both ratings.
 */
export function ReviewChangesView({
  history,
  review,
}: {
  history: Pick<ReviewHistory, 'kind' | 'scale' | 'items' | 'reviews'>;
  review: Review;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const itemLabel = useItemLabel();
  const changes = review.changes;
  if (!changes) return <p className="cm-pg-text">{t('reviewTool.firstReview')}</p>;
  const previous = history.reviews.find((r) => r.id === changes.previousReviewId);
  const lists = changeLists(changes);
  const list = (key: keyof typeof lists, items: ChangedItem[]) =>
    items.length > 0 && (
      <div key={key}>
        <h4>{t(`reviewTool.changeLists.${key}`, { count: items.length })}</h4>
        <ul className="cm-rv-items">
          {items.map((c) => {
            const item = history.items.find((i) => i.id === c.itemId);
            return (
              <li key={c.itemId}>
                <p>{item ? itemLabel(item, history.kind) : c.itemId}</p>
                <div className="cm-rv-item-rating">
                  <RatingBadge kind={history.kind} scale={history.scale} value={c.previous} />
                  <span aria-hidden="true">→</span>
                  <span className="cm-visually-hidden">{t('reviewTool.becomes')}</span>
                  <RatingBadge kind={history.kind} scale={history.scale} value={c.rating} />
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    );
  return (
    <>
      <p className="cm-pg-text">
        {t('reviewTool.changesCounts', {
          date: previous ? formatDate(previous.reviewedOn, lang) : '',
          improved: changes.counts.improved,
          worsened: changes.counts.worsened,
          same: changes.counts.same,
        })}
      </p>
      {list('worsened', lists.worsened)}
      {list('improved', lists.improved)}
      {list('newlyRated', lists.newlyRated)}
      {list('noLongerRated', lists.noLongerRated)}
    </>
  );
}
