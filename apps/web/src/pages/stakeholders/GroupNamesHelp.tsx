import { useTranslation } from 'react-i18next';
import type { StakeholderGroup } from '../../api/stakeholders.js';

/** The groups a list may name, by key or by name in either language (folded away until asked for). */
export function GroupNamesHelp({ groups }: { groups: readonly StakeholderGroup[] }) {
  const { t } = useTranslation('stakeholders');
  if (groups.length === 0) return null;
  return (
    <details className="cm-sh-details">
      <summary>{t('csv.groupsSummary')}</summary>
      <p className="cm-muted">{t('csv.groupsIntro')}</p>
      <ul className="cm-sh-group-names">
        {groups.map((g) => (
          <li key={g.key}>
            <span lang="zh-CN">{g.name.zh}</span> · <span lang="en">{g.name.en}</span> ·{' '}
            <code>{g.key}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
