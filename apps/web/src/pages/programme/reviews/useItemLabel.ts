import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeReviewKind, ReviewItem } from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { factorLabel } from './review-logic.js';

/**
 * How an item is named in tables, charts and conflicts: a procurement row by its number and smart
 * column ("Row 3: …"), a statement or a governance change by its text.
 */
export function useItemLabel(): (
  item: Pick<ReviewItem, 'label' | 'number'>,
  kind: ProgrammeReviewKind,
) => string {
  const { t } = useTranslation('programme');
  const lang = useLang();
  return useCallback(
    (item, kind) =>
      kind === 'procurement' && item.number !== undefined
        ? t('reviewTool.row', { number: item.number, text: item.label[lang] })
        : item.label[lang],
    [t, lang],
  );
}

/** How a key success factor of the pack is named, by its id (the id itself if the pack lacks it). */
export function useFactorName(): (factorId: string) => string {
  const lang = useLang();
  const { pack } = useProgramme();
  return (id) => {
    const factor = pack.key_success_factors?.find((f) => f.id === id);
    return factor ? factorLabel(factor, lang) : id;
  };
}
