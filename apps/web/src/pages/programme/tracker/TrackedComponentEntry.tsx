import type { Component } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { useMaturityModel } from '../../../api/model.js';
import type { TrackedComponent } from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { clauseText, componentAnchor } from '../programme-logic.js';
import { ComponentRelated } from '../sections/ComponentEntry.js';
import { RecommendationItem } from './RecommendationItem.js';
import { OverdueBadge } from './StatusBadge.js';
import { formatLevel } from './tracker-logic.js';

/** The characteristics Annex B links to a component, with the assessment's levels and gap. */
function ServedCharacteristics({ tracked }: { tracked: TrackedComponent }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const model = useMaturityModel();
  const unknown = t('components.entry.unknown');
  if (tracked.characteristics.length === 0)
    return <p className="cm-muted">{t('components.entry.noCharacteristics')}</p>;
  return (
    <details className="cm-pg-notes cm-pgc-served">
      <summary>
        {t('components.entry.characteristicsTitle')} ({tracked.characteristics.length})
      </summary>
      <ul>
        {tracked.characteristics.map((c) => {
          const name =
            model?.index.characteristicById.get(c.characteristicId)?.characteristic.name[lang] ??
            '';
          return (
            <li key={c.characteristicId}>
              <span className="cm-pgc-char">{c.characteristicId}</span> {name}
              {tracked.priority && (
                <span className="cm-muted">
                  {' · '}
                  {t('components.entry.levels', {
                    current: formatLevel(c.current, lang) ?? unknown,
                    target: formatLevel(c.target, lang) ?? unknown,
                  })}
                  {' · '}
                  {c.gap !== null && c.gap > 0
                    ? t('components.entry.gap', { gap: formatLevel(c.gap, lang) })
                    : t('components.entry.noGap')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * A component in the tracker: code and name, clause, what it is for, its priority rank and
 * progress, the characteristics Annex B links to it, and its recommendations as a checklist
 * (folded; a link to one of them opens it).
 */
export function TrackedComponentEntry({
  component,
  tracked,
  level,
}: {
  component: Component;
  /** The city's progress and the gaps; undefined while loading. */
  tracked: TrackedComponent | undefined;
  level: 3 | 4;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const Heading = level === 3 ? 'h3' : 'h4';
  const id = componentAnchor(component.code);
  const progress = tracked?.progress;
  const rank = tracked?.priority?.rank;
  const progressText = progress
    ? t('components.entry.progress', {
        done: progress.counts.done,
        applicable: progress.applicable,
      })
    : undefined;
  return (
    <article aria-labelledby={`${id}-title`} id={id} className="cm-pg-block" tabIndex={-1}>
      <Heading id={`${id}-title`}>
        <span className="cm-pg-code">{component.code}</span> {component.name[lang]}
      </Heading>
      <p className="cm-pg-meta">
        {t('components.summaryClause', {
          clause: clauseText(component.clause, lang),
          summary: component.summary_clause,
        })}
      </p>
      {tracked && (
        <p className="cm-pgc-status-line">
          {rank != null ? (
            <span className="cm-pgc-badge cm-pgc-rank">{t('components.entry.rank', { rank })}</span>
          ) : (
            tracked.priority && <span className="cm-pgc-badge">{t('components.entry.noRank')}</span>
          )}
          {progressText && <span className="cm-pgc-badge">{progressText}</span>}
          {progress && progress.overdue.length > 0 && (
            <OverdueBadge
              text={t('components.entry.overdue', { count: progress.overdue.length })}
            />
          )}
        </p>
      )}
      <p>{component.summary[lang]}</p>
      {tracked && <ServedCharacteristics tracked={tracked} />}
      <details className="cm-pg-recommendations">
        <summary>
          {progressText
            ? t('components.entry.checklist', {
                count: component.recommendations.length,
                progress: progressText,
              })
            : t('components.recommendations', { count: component.recommendations.length })}
        </summary>
        {tracked && <p className="cm-pgc-help">{t('components.recommendation.liftsNote')}</p>}
        <ul className="cm-plain-list cm-pg-checklist">
          {component.recommendations.map((r) => (
            <RecommendationItem
              key={r.id}
              recommendation={r}
              progress={tracked?.recommendations.find((p) => p.recommendationId === r.id)}
            />
          ))}
        </ul>
      </details>
      <ComponentRelated component={component} />
    </article>
  );
}
