import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { donePercent, recommendationAnchor, statusSegments } from './tracker-logic.js';

/**
 * The checklist's progress over every component: a bar of the recommendations by status (the
 * sentence next to it says the same in words), what is overdue (links to each) and how to read it.
 */
export function ProgressOverview({ tracker }: { tracker: ComponentTracker }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const overall = tracker.overall;
  const percent = donePercent(overall, lang);
  const segments = statusSegments(overall);
  const { search } = useLocation();
  return (
    <section aria-labelledby="tracker-progress" className="cm-section">
      <h2 id="tracker-progress">{t('components.progress.title')}</h2>
      <div className="cm-pgc-stacked" aria-hidden="true">
        {segments.map((s) => (
          <span
            key={s.status}
            className={`cm-pgc-stacked-part cm-pgc-fill-${s.status}`}
            style={{ width: `${String(s.percent)}%` }}
          />
        ))}
      </div>
      <ul className="cm-plain-list cm-pgc-legend" aria-label={t('components.progress.bar')}>
        {segments.map((s) => (
          <li key={s.status}>
            <span className={`cm-pgc-swatch cm-pgc-fill-${s.status}`} aria-hidden="true" />
            {t(`components.status.${s.status}`)}: {s.count}
          </li>
        ))}
      </ul>
      <p>
        {percent === null
          ? t('components.progress.noneApplicable')
          : t('components.progress.text', {
              done: overall.counts.done,
              applicable: overall.applicable,
              percent,
              inProgress: overall.counts['in-progress'],
              notStarted: overall.counts['not-started'],
              notApplicable: overall.counts['not-applicable'],
            })}
      </p>
      {overall.overdue.length > 0 ? (
        <div className="cm-pgc-overdue-list">
          <p>{t('components.progress.overdue', { count: overall.overdue.length })}</p>
          <ul className="cm-plain-list cm-actions">
            {overall.overdue.map((id) => (
              <li key={id}>
                <Link to={{ search, hash: recommendationAnchor(id) }}>{id}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="cm-muted">{t('components.progress.noOverdue')}</p>
      )}
      <p className="cm-pgc-how">
        {t('components.progress.how', { today: formatDate(tracker.today, lang) })}
      </p>
    </section>
  );
}
