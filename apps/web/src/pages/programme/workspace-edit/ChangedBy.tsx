import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import type { UpdatedBy } from '../../../api/programme-components.js';

/** "Last changed by …, …" for a recorded row; nothing for one never recorded. */
export function ChangedBy({ by, at }: { by: UpdatedBy; at: string | null }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  if (!by || !at) return null;
  return (
    <p className="cm-pgc-changed">
      {t('workspaceEdit.changedBy', { name: by.displayName, at: formatDateTime(at, lang) })}
    </p>
  );
}
