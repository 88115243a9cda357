import { Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useReviewHistory,
  type ProgrammeReviewKind,
  type Review,
  type ReviewHistory,
} from '../../../api/programme-reviews.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { AccessNote } from '../workspace-edit/AccessNote.js';
import { QueryState } from '../workspace-edit/QueryState.js';
import { reviewGroups } from './review-groups.js';
import { ReviewEditor } from './ReviewEditor.js';
import { ReviewHistoryTable } from './ReviewHistoryTable.js';
import { ReviewItemsView } from './ReviewItemsView.js';
import { ReviewShown } from './ReviewShown.js';
import { ReviewTrend } from './ReviewTrend.js';
import { WorkbookLink } from './WorkbookLink.js';
import './reviews.css';

/** What the tool shows: the history (with one review), or the editor. */
type Mode = { editing: false } | { editing: true; base: Review | undefined };

/**
 * A periodic review tool of the workspace (key success factors, procurement or governance): the
 * trend over the reviews (chart first, table second), the review shown (the latest by default)
 * with its figures and changes, its ratings beside the pack's texts, and every review; members who
 * may manage the workspace record, change and delete reviews.
 */
export function ReviewTool({ kind }: { kind: ProgrammeReviewKind }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack, canManage } = useProgramme();
  const history = useReviewHistory(organisationId, kind);
  const groups = useMemo(() => reviewGroups(pack, kind), [pack, kind]);
  const [shownId, setShownId] = useState<string>();
  const [mode, setMode] = useState<Mode>({ editing: false });
  const [focusShown, setFocusShown] = useState(false);
  const recordButton = useRef<HTMLButtonElement>(null);

  const reviews = history.data?.reviews ?? [];
  const latest = reviews[reviews.length - 1];
  const shown = reviews.find((r) => r.id === shownId) ?? latest;

  // After the editor closes, or another review is chosen, the focus goes to the review shown.
  useEffect(() => {
    if (!focusShown || mode.editing) return;
    document.getElementById('shown-title')?.focus();
    setFocusShown(false);
  }, [focusShown, mode, shown]);

  const tool = (data: ReviewHistory) =>
    mode.editing ? (
      <ReviewEditor
        history={data}
        groups={groups}
        base={mode.base}
        latest={latest}
        onClose={(review) => {
          setMode({ editing: false });
          if (review) setShownId(review.id);
          // Back to the review (saved, or the one whose editing was cancelled), else to "record".
          if (review ?? mode.base) setFocusShown(true);
          else setTimeout(() => recordButton.current?.focus(), 0);
        }}
      />
    ) : (
      <>
        <AccessNote what={t(`reviewTool.kinds.${kind}`)} />
        <div className="cm-rv-toolbar">
          {canManage && (
            <Button
              type="primary"
              ref={recordButton}
              onClick={() => {
                setMode({ editing: true, base: undefined });
              }}
            >
              {t(`reviewTool.newTitle.${kind}`)}
            </Button>
          )}
          <WorkbookLink />
        </div>
        {data.reviews.length === 0 ? (
          <p className="cm-pg-text">
            <strong>{t('reviewTool.empty')}</strong>{' '}
            {canManage ? t('reviewTool.emptyManage') : t('reviewTool.emptyView')}
          </p>
        ) : (
          <>
            <ReviewTrend history={data} />
            {shown && (
              <ReviewShown
                history={data}
                review={shown}
                onShow={(review) => {
                  setShownId(review.id);
                }}
                onEdit={(review) => {
                  setMode({ editing: true, base: review });
                }}
                onDeleted={() => {
                  setShownId(undefined);
                  setFocusShown(true);
                }}
              />
            )}
          </>
        )}
        <section aria-labelledby="ratings-title" className="cm-section">
          <h2 id="ratings-title">
            {shown
              ? t('reviewTool.ratingsTitle', { date: formatDate(shown.reviewedOn, lang) })
              : t(`reviewTool.itemsTitle.${kind}`)}
          </h2>
          <ReviewItemsView history={data} groups={groups} review={shown} />
        </section>
        {data.reviews.length > 0 && (
          <ReviewHistoryTable
            history={data}
            shownId={shown?.id}
            onShow={(review) => {
              setShownId(review.id);
              setFocusShown(true);
            }}
          />
        )}
      </>
    );

  return (
    <QueryState
      query={history}
      failed={t('reviewTool.loadFailed')}
      loading={t('reviewTool.loading')}
    >
      {tool}
    </QueryState>
  );
}
