import { useTranslation } from 'react-i18next';
import type { UpdatedBy } from '../../../api/programme-components.js';
import { ConflictAlert, type ConflictRow } from '../../../components/ConflictAlert.js';
import { formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import type { GuardedSave } from './useGuardedSave.js';

/**
 * Once a save is refused as stale: the version someone else saved meanwhile (theirs) next to the
 * unsaved edit (yours), field by field; keep theirs, or save yours over it knowingly. Deleted
 * meanwhile (theirs null): saving again records yours anew. Nothing while there is no conflict.
 * `words`: the reviews' and registers' wording of the same.
 */
export function WorkspaceConflict<
  Stored extends { version: number; updatedBy: UpdatedBy; updatedAt: string | null },
>({
  guard,
  name,
  rows,
  onTakeTheirs,
  onOverwrite,
  words = 'workspaceEdit',
}: {
  guard: GuardedSave<Stored>;
  /** What is being edited, for the table's caption. */
  name: string;
  /** The fields compared (theirs empty when it was deleted). */
  rows: (theirs: Stored | null) => readonly ConflictRow[];
  onTakeTheirs: (theirs: Stored | null) => void;
  /** Saves yours again (from theirs: see {@link GuardedSave.versionFrom}). */
  onOverwrite: () => void;
  words?: 'workspaceEdit' | 'reviewTool';
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  if (!guard.conflict) return null;
  const stored = guard.conflict.stored;
  const by = stored?.updatedBy;
  const at = stored?.updatedAt ? formatDateTime(stored.updatedAt, lang) : undefined;
  return (
    <ConflictAlert
      text={{
        title: t(`${words}.conflict.title`),
        intro: stored ? t(`${words}.conflict.intro`) : t('workspaceEdit.conflict.gone'),
        caption: t('workspaceEdit.conflict.caption', { name }),
        field: t('workspaceEdit.conflict.field'),
        theirs: t(`${words}.conflict.theirs`),
        yours: t(`${words}.conflict.yours`),
        differs: t('workspaceEdit.conflict.differs'),
        empty: t('workspaceEdit.conflict.empty'),
        takeTheirs: t(`${words}.conflict.takeTheirs`),
        overwrite: t(`${words}.conflict.overwrite`),
      }}
      rows={rows(stored)}
      theirsNote={
        at &&
        (by
          ? t('workspaceEdit.conflict.theirsBy', { name: by.displayName, at })
          : t('workspaceEdit.conflict.savedAt', { at }))
      }
      busy={guard.busy}
      onTakeTheirs={() => {
        guard.clear();
        onTakeTheirs(stored);
      }}
      onOverwrite={onOverwrite}
    />
  );
}
