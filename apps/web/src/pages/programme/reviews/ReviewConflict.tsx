import { useTranslation } from 'react-i18next';
import type {
  Review,
  ReviewHistory,
  ReviewInput,
  ReviewRating,
} from '../../../api/programme-reviews.js';
import { ConflictAlert, type ConflictRow } from '../../../components/ConflictAlert.js';
import { formatDate, formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useConflictText } from '../registers/useConflictText.js';
import type { GroupItem } from './review-groups.js';
import { differingItems } from './review-logic.js';

/**
 * A review saved by someone else while it was being edited: theirs next to yours, field by field
 * and for every item whose rating or comment differs; take theirs, or save yours over it.
 */
export function ReviewConflict({
  history,
  items,
  theirs,
  yours,
  busy,
  onTakeTheirs,
  onOverwrite,
}: {
  history: Pick<ReviewHistory, 'kind' | 'scale'>;
  items: readonly GroupItem[];
  theirs: Review;
  yours: ReviewInput;
  busy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const text = useConflictText(
    t('reviewTool.conflictCaption', { date: formatDate(theirs.reviewedOn, lang) }),
  );
  const order = new Map(items.map((item, i) => [item.id, i]));
  const rating = (r: ReviewRating | undefined) => {
    if (!r) return t('reviewTool.notRated');
    const words = history.scale.values.find((v) => v.value === r.rating)?.label[lang] ?? '';
    const value = history.kind === 'key-success-factors' ? words : `${String(r.rating)} ${words}`;
    return r.comment ? `${value} — ${r.comment}` : value;
  };
  const itemName = (id: string) => {
    const item = items.find((i) => i.id === id);
    if (!item) return id;
    return history.kind === 'procurement' && item.number !== undefined
      ? t('reviewTool.rowNumber', { number: item.number })
      : item.text[lang];
  };
  const rows: ConflictRow[] = [
    {
      key: 'reviewedOn',
      label: t('reviewTool.reviewedOn'),
      theirs: formatDate(theirs.reviewedOn, lang),
      yours: yours.reviewedOn ? formatDate(yours.reviewedOn, lang) : '',
    },
    {
      key: 'reviewer',
      label: t('reviewTool.reviewer'),
      theirs: theirs.reviewer,
      yours: yours.reviewer,
    },
    { key: 'notes', label: t('reviewTool.notes'), theirs: theirs.notes, yours: yours.notes },
    ...differingItems(theirs, yours.ratings)
      .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))
      .map((d) => ({
        key: d.itemId,
        label: itemName(d.itemId),
        theirs: rating(d.theirs),
        yours: rating(d.yours),
      })),
  ];
  return (
    <ConflictAlert
      text={text}
      rows={rows}
      theirsNote={t('reviewTool.conflict.savedAt', { at: formatDateTime(theirs.updatedAt, lang) })}
      busy={busy}
      onTakeTheirs={onTakeTheirs}
      onOverwrite={onOverwrite}
    />
  );
}
