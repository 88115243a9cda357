import { useTranslation } from 'react-i18next';
import type { ConflictText } from '../../../components/ConflictAlert.js';

/** The words of the workspace's conflict tables (theirs against yours), with the table's caption. */
export function useConflictText(caption: string): ConflictText {
  const { t } = useTranslation('programme');
  return {
    title: t('reviewTool.conflict.title'),
    intro: t('reviewTool.conflict.intro'),
    caption,
    field: t('reviewTool.conflict.field'),
    theirs: t('reviewTool.conflict.theirs'),
    yours: t('reviewTool.conflict.yours'),
    differs: t('reviewTool.conflict.differs'),
    empty: t('reviewTool.conflict.empty'),
    takeTheirs: t('reviewTool.conflict.takeTheirs'),
    overwrite: t('reviewTool.conflict.overwrite'),
  };
}
