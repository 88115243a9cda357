import { Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeReviewKind, ReviewScale } from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { PackNotes } from '../sections/PackText.js';
import type { GroupItem } from './review-groups.js';
import type { RatingDraft } from './review-logic.js';

/** The longest comment the API keeps. */
const maxComment = 4_000;

/** The class of a choice: the RAG colours for key success factors, one colour for positions. */
function choiceClass(kind: ProgrammeReviewKind, value: number | null): string {
  if (value === null) return 'cm-rv-choice';
  if (kind === 'key-success-factors')
    return `cm-rv-choice cm-rv-choice-${['red', 'amber', 'green'][value - 1] ?? 'pos'}`;
  return 'cm-rv-choice cm-rv-choice-pos';
}

/**
 * Rates one item: the pack's text as the group's legend (a procurement row's two columns, a
 * governance change's meaning), a radio group "not rated" + the kind's scale (arrow keys move
 * within it; the chosen value is marked with a tick and its words, not only a colour), a comment,
 * and the API's problems with the rating.
 */
export function RatingField({
  kind,
  scale,
  item,
  draft,
  problems,
  onChange,
}: {
  kind: ProgrammeReviewKind;
  scale: ReviewScale;
  item: GroupItem;
  draft: RatingDraft;
  problems: readonly string[];
  onChange: (draft: RatingDraft) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const id = useId();
  const errorId = `${id}-error`;
  const legend =
    kind === 'procurement' && item.number !== undefined
      ? t('reviewTool.rowNumber', { number: item.number })
      : item.text[lang];
  const choices: { value: number | null; label: string }[] = [
    { value: null, label: t('reviewTool.notRated') },
    ...scale.values.map((v) => ({
      value: v.value,
      label: kind === 'key-success-factors' ? v.label[lang] : `${String(v.value)} ${v.label[lang]}`,
    })),
  ];
  return (
    <fieldset
      className="cm-rv-rating"
      id={`rate-${item.id}`}
      aria-describedby={problems.length > 0 ? errorId : undefined}
      aria-invalid={problems.length > 0 || undefined}
    >
      <legend>
        {legend}
        {item.derived && (
          <>
            {' '}
            <span className="cm-pg-derived">{t('text.derived')}</span>
          </>
        )}
      </legend>
      {kind === 'procurement' && (
        <div className="cm-rv-columns">
          <div>
            <p className="cm-rv-col-title">{t('selfChecks.traditional')}</p>
            <p>{item.traditional?.[lang]}</p>
          </div>
          <div>
            <p className="cm-rv-col-title">{t('selfChecks.smart')}</p>
            <p>{item.text[lang]}</p>
            {item.smartItems && item.smartItems.length > 0 && (
              <ul>
                {item.smartItems.map((x, i) => (
                  <li key={i}>{x[lang]}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {item.description && <p className="cm-muted">{item.description[lang]}</p>}
      <PackNotes notes={item.notes} />
      <div className="cm-rv-choices">
        {choices.map((choice) => (
          <label key={choice.value ?? 'none'} className={choiceClass(kind, choice.value)}>
            <input
              type="radio"
              name={id}
              checked={draft.rating === choice.value}
              onChange={() => {
                onChange({ ...draft, rating: choice.value });
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <div className="cm-rv-comment-field">
        <label htmlFor={`${id}-comment`} className="cm-rv-col-title">
          {t('reviewTool.comment')}
          <span className="cm-visually-hidden">: {legend}</span>
        </label>
        <Input.TextArea
          id={`${id}-comment`}
          value={draft.comment}
          maxLength={maxComment}
          autoSize={{ minRows: 1, maxRows: 6 }}
          onChange={(event) => {
            onChange({ ...draft, comment: event.target.value });
          }}
        />
      </div>
      {problems.length > 0 && (
        <p className="cm-rv-rating-error" id={errorId}>
          {problems.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
