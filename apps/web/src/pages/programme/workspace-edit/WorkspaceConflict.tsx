import { useTranslation } from 'react-i18next';
import type { UpdatedBy } from '../../../api/programme-components.js';
import { ConflictAlert, type ConflictRow } from '../../../components/ConflictAlert.js';
import { formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';

/**
 * The version someone else saved meanwhile (theirs) next to the unsaved edit (yours), field by
 * field: keep theirs, or save yours over it knowingly. `stored` null: it was deleted meanwhile.
 */
export function WorkspaceConflict({
  name,
  rows,
  stored,
  busy,
  onTakeTheirs,
  onOverwrite,
}: {
  /** What is being edited, for the table's caption. */
  name: string;
  rows: readonly ConflictRow[];
  stored: { updatedBy: UpdatedBy; updatedAt: string | null } | null;
  busy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const by = stored?.updatedBy;
  const at = stored?.updatedAt;
  return (
    <ConflictAlert
      text={{
        title: t('workspaceEdit.conflict.title'),
        intro: stored ? t('workspaceEdit.conflict.intro') : t('workspaceEdit.conflict.gone'),
        caption: t('workspaceEdit.conflict.caption', { name }),
        field: t('workspaceEdit.conflict.field'),
        theirs: t('workspaceEdit.conflict.theirs'),
        yours: t('workspaceEdit.conflict.yours'),
        differs: t('workspaceEdit.conflict.differs'),
        empty: t('workspaceEdit.conflict.empty'),
        takeTheirs: t('workspaceEdit.conflict.takeTheirs'),
        overwrite: t('workspaceEdit.conflict.overwrite'),
      }}
      rows={rows}
      theirsNote={
        by && at
          ? t('workspaceEdit.conflict.theirsBy', {
              name: by.displayName,
              at: formatDateTime(at, lang),
            })
          : undefined
      }
      busy={busy}
      onTakeTheirs={onTakeTheirs}
      onOverwrite={onOverwrite}
    />
  );
}
