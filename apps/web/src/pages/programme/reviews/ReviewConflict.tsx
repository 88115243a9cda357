import { useTranslation } from 'react-i18next';
import type {
  Review,
  ReviewHistory,
  ReviewInput,
  ReviewRating,
} from '../../../api/programme-reviews.js';
import type { ConflictRow } from '../../../components/ConflictAlert.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import type { GuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import type { GroupItem } from './review-groups.js';
import { differingItems } from './review-logic.js';

/**
 * A review saved (or deleted) by someone else while it was being edited: theirs next to yours,
 * field by field and for every item whose rating or comment differs; take theirs, or save yours
 * over it.
 */
export function ReviewConflict({
  guard,
  history,
  items,
  base,
  yours,
  onTakeTheirs,
  onOverwrite,
}: {
  guard: GuardedSave<Review>;
  history: Pick<ReviewHistory, 'kind' | 'scale'>;
  items: readonly GroupItem[];
  /** The review edited. */
  base: Review | undefined;
  yours: () => ReviewInput;
  onTakeTheirs: (theirs: Review | null) => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const order = new Map(items.map((item, i) => [item.id, i]));
  const date = (iso: string) => (iso ? formatDate(iso, lang) : '');
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
  const rows = (theirs: Review | null): ConflictRow[] => {
    const mine = yours();
    return [
      {
        key: 'reviewedOn',
        label: t('reviewTool.reviewedOn'),
        theirs: date(theirs?.reviewedOn ?? ''),
        yours: date(mine.reviewedOn),
      },
      {
        key: 'reviewer',
        label: t('reviewTool.reviewer'),
        theirs: theirs?.reviewer ?? '',
        yours: mine.reviewer,
      },
      {
        key: 'notes',
        label: t('reviewTool.notes'),
        theirs: theirs?.notes ?? '',
        yours: mine.notes,
      },
      ...differingItems(theirs ?? { ratings: [] }, mine.ratings)
        .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))
        .map((d) => ({
          key: d.itemId,
          label: itemName(d.itemId),
          theirs: rating(d.theirs),
          yours: rating(d.yours),
        })),
    ];
  };
  return (
    <WorkspaceConflict
      guard={guard}
      name={t('reviewTool.reviewOf', { date: date(base?.reviewedOn ?? '') })}
      words="reviewTool"
      rows={rows}
      onTakeTheirs={onTakeTheirs}
      onOverwrite={onOverwrite}
    />
  );
}
