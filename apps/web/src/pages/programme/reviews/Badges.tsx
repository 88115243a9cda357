import { useTranslation } from 'react-i18next';
import type {
  ProgrammeReviewKind,
  Rag,
  ReviewChange,
  ReviewScale,
} from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { ragOf } from './review-logic.js';

/** A red / amber / green chip: its letter on the colour, and the word (never colour alone). */
export function RagBadge({ rag }: { rag: Rag | null }) {
  const { t } = useTranslation('programme');
  if (rag === null)
    return <span className="cm-rv-badge cm-rv-badge--none">{t('reviewTool.notRated')}</span>;
  return (
    <span className={`cm-rv-badge cm-rv-rag-${rag}`}>
      <span className="cm-rv-badge-key" aria-hidden="true">
        {t(`reviewTool.rag.${rag}.letter`)}
      </span>
      {t(`reviewTool.rag.${rag}.word`)}
    </span>
  );
}

/**
 * A rating on a kind's scale: a key success factor statement as its RAG chip, a self-check item
 * as its position and the position's words ("3 Halfway").
 */
export function RatingBadge({
  kind,
  scale,
  value,
}: {
  kind: ProgrammeReviewKind;
  scale: ReviewScale;
  value: number | null | undefined;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  if (kind === 'key-success-factors') return <RagBadge rag={ragOf(value)} />;
  if (value === null || value === undefined)
    return <span className="cm-rv-badge cm-rv-badge--none">{t('reviewTool.notRated')}</span>;
  const words = scale.values.find((v) => v.value === value)?.label[lang] ?? '';
  return (
    <span className="cm-rv-badge cm-rv-pos">
      <span className="cm-rv-badge-key">{value}</span>
      {words}
      <span className="cm-visually-hidden"> {t('reviewTool.ofScale', { max: scale.max })}</span>
    </span>
  );
}

/**
 * A change since the previous review in words, with an arrow (improved, worsened, same); an item
 * rated only one of the two times says so, and one rated neither time shows a dash.
 */
export function ChangeText({
  change,
  previous,
  now,
}: {
  change: ReviewChange | null;
  previous: unknown;
  now: unknown;
}) {
  const { t } = useTranslation('programme');
  if (change === null && previous === null && now === null)
    return (
      <span className="cm-rv-change">
        <span aria-hidden="true">–</span>
        <span className="cm-visually-hidden">{t('reviewTool.change.neither')}</span>
      </span>
    );
  if (change === null) {
    const key = previous === null && now !== null ? 'newlyRated' : 'noLongerRated';
    return <span className="cm-rv-change">{t(`reviewTool.change.${key}`)}</span>;
  }
  const arrow = change === 'improved' ? '↑' : change === 'worsened' ? '↓' : '=';
  return (
    <span className={`cm-rv-change cm-rv-change-${change}`}>
      <span aria-hidden="true">{arrow} </span>
      {t(`reviewTool.change.${change}`)}
    </span>
  );
}
