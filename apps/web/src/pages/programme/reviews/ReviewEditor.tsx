import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import {
  createReview,
  reviewConflictCode,
  reviewsQueryKey,
  updateReview,
  type Review,
  type ReviewHistory,
  type ReviewInput,
} from '../../../api/programme-reviews.js';
import { useSession } from '../../../api/session.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { formatDate, todayIsoDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { groupItems, type ItemGroup } from './review-groups.js';
import {
  draftFrom,
  ratingProblems,
  ratingsToSend,
  type DraftRatings,
  type RatingDraft,
} from './review-logic.js';
import { RatingField } from './RatingField.js';
import { ReviewConflict } from './ReviewConflict.js';

interface HeaderValues {
  reviewedOn: string;
  reviewer: string;
  notes?: string;
}

const emptyDraft: RatingDraft = { rating: null, comment: '' };

/**
 * Records a review of a kind, or changes one (from the version shown when editing began, with
 * `If-Match`): date, reviewer, notes and every item's rating and comment, beside the pack's texts.
 * A new review starts from the latest one's ratings (or blank). The API's problems are shown at
 * their field; a review changed meanwhile is shown as theirs against yours, never overwritten
 * silently.
 */
export function ReviewEditor({
  history,
  groups,
  base,
  latest,
  onClose,
}: {
  history: ReviewHistory;
  groups: readonly ItemGroup[];
  /** The review changed; undefined to record a new one. */
  base: Review | undefined;
  /** The latest review, which a new one starts from. */
  latest: Review | undefined;
  /** Closes the editor; with the review to show (saved, or theirs). */
  onClose: (shown: Review | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const session = useSession();
  const { organisationId } = useProgramme();
  const kind = history.kind;
  const [form] = Form.useForm<HeaderValues>();
  const [draft, setDraft] = useState<DraftRatings>(() => draftFrom(base ?? latest));
  const [startedFrom, setStartedFrom] = useState(base ? undefined : latest);
  const [problems, setProblems] = useState<ReadonlyMap<string, string[]>>(new Map());
  const guard = useGuardedSave<Review>(reviewConflictCode);
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useMemo(() => groupItems(groups), [groups]);
  const itemIds = useMemo(() => items.map((i) => i.id), [items]);
  const rated = itemIds.filter((id) => (draft[id]?.rating ?? null) !== null).length;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const refresh = () =>
    client.invalidateQueries({ queryKey: reviewsQueryKey(organisationId, kind) });

  const problemText = (code: string) => t(`reviewTool.problems.${code}`);

  const input = (values: HeaderValues): ReviewInput => ({
    reviewedOn: values.reviewedOn,
    reviewer: values.reviewer.trim(),
    notes: (values.notes ?? '').trim(),
    ratings: ratingsToSend(itemIds, draft).ratings,
  });

  const save = (values: HeaderValues) => {
    const { commentsWithoutRating } = ratingsToSend(itemIds, draft);
    if (commentsWithoutRating.length > 0) {
      setProblems(
        new Map(commentsWithoutRating.map((id) => [id, [problemText('commentWithoutRating')]])),
      );
      void message.error(
        t('reviewTool.problems.fixBelow', { count: commentsWithoutRating.length }),
      );
      document.getElementById(`rate-${commentsWithoutRating[0] ?? ''}`)?.scrollIntoView();
      return;
    }
    const body = input(values);
    void guard.run(
      (version) =>
        base && version
          ? updateReview(organisationId, base.id, body, version)
          : createReview(organisationId, kind, body),
      guard.versionFrom(base?.version ?? 0),
      {
        refresh,
        saved: (saved, created) =>
          t(created ? 'reviewTool.recorded' : 'reviewTool.saved', {
            date: formatDate(saved.reviewedOn, lang),
          }),
        onSaved: onClose,
        onError: (error) => {
          form.setFields(fieldErrors(error, ['reviewedOn', 'reviewer', 'notes']));
          if (!(error instanceof ApiError)) return;
          const byItem = ratingProblems(error.issues, body.ratings);
          setProblems(
            new Map(
              [...byItem].map(([id, list]) => [
                id,
                list.map((p) => ('code' in p ? problemText(p.code) : p.message)),
              ]),
            ),
          );
        },
      },
    );
  };

  const title = base
    ? t('reviewTool.editTitle', { date: formatDate(base.reviewedOn, lang) })
    : t(`reviewTool.newTitle.${kind}`);

  return (
    <section aria-labelledby="editor-title" className="cm-rv-editor">
      <h2 id="editor-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ReviewConflict
        guard={guard}
        history={history}
        items={items}
        base={base}
        yours={() => input(form.getFieldsValue(true) as HeaderValues)}
        onTakeTheirs={(theirs) => {
          onClose(theirs ?? undefined);
        }}
        onOverwrite={() => {
          form.submit();
        }}
      />
      <Form<HeaderValues>
        form={form}
        layout="vertical"
        aria-labelledby="editor-title"
        initialValues={{
          reviewedOn: base?.reviewedOn ?? todayIsoDate(),
          reviewer: base?.reviewer ?? (session.authenticated ? session.user.displayName : ''),
          notes: base?.notes ?? '',
        }}
        onFinish={save}
      >
        <div className="cm-rv-editor-fields">
          <Form.Item
            name="reviewedOn"
            label={t('reviewTool.reviewedOn')}
            rules={[{ required: true, message: t('reviewTool.dateRequired') }]}
          >
            <Input type="date" className="cm-date-input" />
          </Form.Item>
          <Form.Item
            name="reviewer"
            label={t('reviewTool.reviewer')}
            extra={t('reviewTool.reviewerHint')}
            rules={[
              { required: true, whitespace: true, message: t('reviewTool.reviewerRequired') },
            ]}
          >
            <Input maxLength={200} autoComplete="name" />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('reviewTool.notes')}>
          <Input.TextArea maxLength={4_000} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        {startedFrom && (
          <Alert
            type="info"
            showIcon
            className="cm-pg-notice"
            title={t('reviewTool.startedFrom', { date: formatDate(startedFrom.reviewedOn, lang) })}
            action={
              <Button
                size="small"
                onClick={() => {
                  setDraft({});
                  setStartedFrom(undefined);
                }}
              >
                {t('reviewTool.startBlank')}
              </Button>
            }
          />
        )}
        {groups.map((group) => (
          <div key={group.id} className="cm-rv-group">
            {group.heading && (
              <h3>
                {group.number !== undefined && (
                  <span className="cm-pg-code">
                    {t('reviews.factor', { number: group.number })}
                  </span>
                )}{' '}
                {group.heading[lang]}
              </h3>
            )}
            {group.sections.map((section) => (
              <div key={section.id}>
                {section.heading && <h4>{section.heading[lang]}</h4>}
                {section.items.map((item) => (
                  <RatingField
                    key={item.id}
                    kind={kind}
                    scale={history.scale}
                    item={item}
                    draft={draft[item.id] ?? emptyDraft}
                    problems={problems.get(item.id) ?? []}
                    onChange={(next) => {
                      setDraft((old) => ({ ...old, [item.id]: next }));
                    }}
                  />
                ))}
              </div>
            ))}
          </div>
        ))}
        <FormActions
          guard={guard}
          className="cm-rv-editor-footer"
          submit={base ? t('reviewTool.save') : t('reviewTool.record')}
          onCancel={() => {
            onClose(undefined);
          }}
        >
          <span>{t('reviewTool.ratedOfItems', { rated, items: items.length })}</span>
        </FormActions>
      </Form>
    </section>
  );
}
