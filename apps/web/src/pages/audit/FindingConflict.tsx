import { useTranslation } from 'react-i18next';
import type { AuditFinding } from '../../api/audit.js';
import { ConflictAlert } from '../../components/ConflictAlert.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import type { FindingDraft } from './audit-logic.js';

/**
 * "This finding was changed meanwhile" (in another window or tab): the stored finding next to the
 * unsaved edit, field by field with the differences named; take the stored one, or save the edit
 * over it knowingly.
 */
export function FindingConflict({
  theirs,
  yours,
  levelText,
  lang,
  busy,
  onTakeTheirs,
  onOverwrite,
}: {
  theirs: AuditFinding | null;
  yours: FindingDraft;
  levelText: (level: number | null) => string;
  lang: Lang;
  busy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation('audit');
  const verdict = (v: FindingDraft['verdict']) => (v ? t(`verdict.${v}`) : t('finding.noVerdict'));
  const adjusted = (f: { verdict: FindingDraft['verdict'] }, level: number | null) =>
    f.verdict === 'adjusted' && level !== null ? levelText(level) : t('finding.noAdjustment');
  const rows = [
    {
      key: 'verdict',
      label: t('finding.verdict'),
      theirs: theirs ? verdict(theirs.verdict) : '',
      yours: verdict(yours.verdict),
    },
    {
      key: 'current',
      label: t('finding.adjusted.current'),
      theirs: theirs ? adjusted(theirs, theirs.adjustedCurrent) : '',
      yours: adjusted(yours, yours.adjustedCurrent),
    },
    {
      key: 'target',
      label: t('finding.adjusted.target'),
      theirs: theirs ? adjusted(theirs, theirs.adjustedTarget) : '',
      yours: adjusted(yours, yours.adjustedTarget),
    },
    {
      key: 'reason',
      label: t('conflict.reason'),
      theirs: theirs?.reason.trim() ?? '',
      yours: yours.reason.trim(),
    },
  ];
  return (
    <ConflictAlert
      text={{
        title: t('conflict.title'),
        intro: theirs
          ? t('conflict.intro', { at: formatDateTime(theirs.updatedAt, lang) })
          : t('conflict.removed'),
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
      busy={busy}
      onTakeTheirs={onTakeTheirs}
      onOverwrite={onOverwrite}
    />
  );
}
