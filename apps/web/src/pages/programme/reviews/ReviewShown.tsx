import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  deleteReview,
  reviewConflictCode,
  reviewsQueryKey,
  type Review,
  type ReviewHistory,
} from '../../../api/programme-reviews.js';
import { formatDate, formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useProgramme } from '../useProgramme.js';
import { RowActions } from '../workspace-edit/RowActions.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';
import { ReviewChangesView } from './ReviewChangesView.js';
import { ReviewSummaryView } from './ReviewSummaryView.js';

/**
 * One review of the history (the latest by default): who reviewed it and when, its notes, its
 * figures and its changes since the review before; another review can be chosen. Members who may
 * manage the workspace change it or delete it (after confirming).
 */
export function ReviewShown({
  history,
  review,
  onShow,
  onEdit,
  onDeleted,
}: {
  history: ReviewHistory;
  review: Review;
  onShow: (review: Review) => void;
  onEdit: (review: Review) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const confirmDelete = useConfirmDelete();
  const client = useQueryClient();
  const { organisationId, canManage } = useProgramme();
  const date = formatDate(review.reviewedOn, lang);

  const remove = () => {
    confirmDelete({
      title: t('reviewTool.deleteTitle', { date }),
      content: t('reviewTool.deleteConfirm', { count: review.ratings.length }),
      ok: t('reviewTool.deleteOk'),
      cancel: t('workspaceEdit.cancel'),
      remove: () => deleteReview(organisationId, review.id, review.version),
      deleted: t('reviewTool.deleted', { date }),
      conflictCode: reviewConflictCode,
      refresh: () =>
        client.invalidateQueries({ queryKey: reviewsQueryKey(organisationId, history.kind) }),
      onDeleted,
    });
  };

  return (
    <section aria-labelledby="shown-title" className="cm-section">
      <h2 id="shown-title" tabIndex={-1} className="cm-rv-focus">
        {t('reviewTool.shownTitle', { date })}
      </h2>
      {history.reviews.length > 1 && (
        <p className="cm-actions">
          <label htmlFor="shown-review">{t('reviewTool.chooseReview')}</label>
          <NativeSelect<string>
            id="shown-review"
            value={review.id}
            options={[...history.reviews].reverse().map((r) => ({
              value: r.id,
              label: `${formatDate(r.reviewedOn, lang)} · ${r.reviewer}`,
            }))}
            onChange={(id) => {
              const next = history.reviews.find((r) => r.id === id);
              if (next) onShow(next);
            }}
          />
        </p>
      )}
      <dl className="cm-rv-meta">
        <div>
          <dt>{t('reviewTool.reviewer')}</dt>
          <dd>{review.reviewer}</dd>
        </div>
        <div>
          <dt>{t('reviewTool.lastChanged')}</dt>
          <dd>
            {formatDateTime(review.updatedAt, lang)}
            {review.updatedBy && ` · ${review.updatedBy.displayName}`}
          </dd>
        </div>
      </dl>
      {review.notes && <p className="cm-pg-text cm-pre-line">{review.notes}</p>}
      {canManage && (
        <RowActions
          name={date}
          edit={t('reviewTool.edit')}
          remove={t('reviewTool.delete')}
          onEdit={() => {
            onEdit(review);
          }}
          onRemove={remove}
        />
      )}
      <ReviewSummaryView history={history} review={review} />
      <h3>{t('reviewTool.changesTitle')}</h3>
      <ReviewChangesView history={history} review={review} />
    </section>
  );
}
