import { useCallback } from 'react';
import type { StakeholderGroup } from '../../api/stakeholders.js';
import { useLang } from '../../components/lang.js';

/** A function naming a stakeholder group by its key, in the interface language (the key while the groups load). */
export function useGroupName(
  groups: readonly StakeholderGroup[] | undefined,
): (key: string | null) => string {
  const lang = useLang();
  return useCallback(
    (key: string | null) => {
      if (key === null) return '';
      return groups?.find((g) => g.key === key)?.name[lang] ?? key;
    },
    [groups, lang],
  );
}
