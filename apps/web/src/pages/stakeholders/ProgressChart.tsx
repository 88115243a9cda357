import { useTranslation } from 'react-i18next';
import type { GroupProgress } from '../../api/stakeholders.js';
import { formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { barWidths, countsOf, percentOf, progressParts } from './progress-summary.js';

/** The key of a bar part: a swatch in the part's pattern (never the colour alone) and its name. */
export function ProgressLegend() {
  const { t } = useTranslation('stakeholders');
  return (
    <ul className="cm-sh-legend" aria-label={t('progress.legend')}>
      {progressParts.map((part) => (
        <li key={part}>
          <span className={`cm-sh-swatch cm-sh-part-${part}`} aria-hidden />
          {t(`progress.parts.${part}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A stacked bar per stakeholder group: completed, in progress, not opened, revoked or expired.
 * Bars are drawn against the largest group, so that they compare the groups' sizes too; each
 * group's numbers are written beside its bar (the bar itself is hidden from screen readers).
 */
export function ProgressChart({ groups }: { groups: readonly GroupProgress[] }) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const largest = Math.max(0, ...groups.map((g) => g.invited));
  const n = (value: number) => formatNumber(value, lang);
  return (
    <ul className="cm-sh-bars">
      {groups.map((group) => {
        const counts = countsOf(group);
        const widths = barWidths(counts, largest);
        return (
          <li key={group.key} className="cm-sh-bar-row">
            <div className="cm-sh-bar-label">
              <span className="cm-sh-bar-name">{group.name[lang]}</span>
              <span className="cm-muted">
                {t('progress.groupSummary', {
                  invited: n(counts.invited),
                  completed: n(counts.completed),
                  percent: percentOf(counts.completed, counts.invited),
                })}
                <span className="cm-visually-hidden">
                  {t('progress.groupDetail', {
                    inProgress: n(counts.inProgress),
                    notOpened: n(counts.notOpened),
                    closed: n(counts.closed),
                  })}
                </span>
              </span>
            </div>
            <div className="cm-sh-bar" aria-hidden>
              {progressParts.map((part) =>
                widths[part] > 0 ? (
                  <span
                    key={part}
                    className={`cm-sh-part cm-sh-part-${part}`}
                    style={{ width: `${String(widths[part])}%` }}
                    title={`${t(`progress.parts.${part}`)}: ${n(counts[part])}`}
                  />
                ) : null,
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
