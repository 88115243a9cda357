import type { Level } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { ConsensusItem } from '../../api/workshop.js';
import { ConflictAlert } from '../../components/ConflictAlert.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { useAgreedLevelText } from './ConsensusSummary.js';
import type { ConsensusDraft } from './workshop-logic.js';

/**
 * "Someone else changed this meanwhile": the stored item (theirs) next to the unsaved edit (yours),
 * field by field, with the differences marked in words; the facilitator takes theirs, or saves
 * theirs over knowingly (the save then starts from their version).
 */
export function ConflictPanel({
  theirs,
  yours,
  levels,
  lang,
  busy,
  onTakeTheirs,
  onOverwrite,
}: {
  theirs: ConsensusItem | null;
  yours: ConsensusDraft;
  levels: readonly Level[];
  lang: Lang;
  busy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation('workshop');
  const levelText = useAgreedLevelText(levels, lang);
  const rows = [
    {
      key: 'current',
      label: t('measure.current'),
      theirs: levelText(theirs?.current ?? null),
      yours: levelText(yours.current),
    },
    {
      key: 'target',
      label: t('measure.target'),
      theirs: levelText(theirs?.target ?? null),
      yours: levelText(yours.target),
    },
    {
      key: 'rationale',
      label: t('consensus.rationale'),
      theirs: theirs?.rationale ?? '',
      yours: yours.rationale.trim(),
    },
    {
      key: 'dissent',
      label: t('consensus.dissent'),
      theirs: theirs?.dissent ?? '',
      yours: yours.dissent.trim(),
    },
  ];
  const who = theirs?.updatedBy
    ? t('conflict.theirsBy', {
        name: theirs.updatedBy.displayName,
        at: formatDateTime(theirs.updatedAt, lang),
      })
    : theirs
      ? t('conflict.theirsAt', { at: formatDateTime(theirs.updatedAt, lang) })
      : t('conflict.theirsNone');

  return (
    <ConflictAlert
      text={{
        title: t('conflict.title'),
        intro: t('conflict.intro'),
        caption: t('conflict.caption'),
        field: t('conflict.field'),
        theirs: t('conflict.theirs'),
        yours: t('conflict.yours'),
        differs: t('conflict.differs'),
        empty: t('conflict.empty'),
        takeTheirs: t('conflict.takeTheirs'),
        overwrite: t('conflict.overwrite'),
      }}
      rows={rows}
      theirsNote={who}
      tableClassName="cm-w-table"
      busy={busy}
      onTakeTheirs={onTakeTheirs}
      onOverwrite={onOverwrite}
    />
  );
}
