import type { Recommendation } from '@citymaturity/model';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackedComponent } from '../../../api/programme-components.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { PackNotes } from '../sections/PackText.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { RecommendationForm } from './RecommendationForm.js';
import { OverdueBadge, StatusBadge } from './StatusBadge.js';
import { recommendationAnchor } from './tracker-logic.js';
import { useTrackerCache } from './useTrackerCache.js';

type TrackedRecommendation = TrackedComponent['recommendations'][number];

/**
 * A recommendation of the checklist: the standard's text, then the city's progress (status,
 * owner, due date and whether it is overdue, evidence and its link), the characteristics it
 * lifts, and for those who may manage, updating it.
 */
export function RecommendationItem({
  recommendation,
  progress,
}: {
  recommendation: Recommendation;
  /** The city's progress; undefined while loading. */
  progress: TrackedRecommendation | undefined;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { canManage, organisationId } = useProgramme();
  const { message } = App.useApp();
  const cache = useTrackerCache(organisationId);
  const [editing, setEditing] = useState(false);
  const id = recommendation.id;
  const none = t('workspaceEdit.none');

  return (
    <li id={recommendationAnchor(id)} tabIndex={-1} className="cm-pgc-rec">
      <span className="cm-pg-code">{id}</span>
      <div>
        <p>{recommendation.text[lang]}</p>
        {recommendation.items && recommendation.items.length > 0 && (
          <ul>
            {recommendation.items.map((item, i) => (
              <li key={i}>{item[lang]}</li>
            ))}
          </ul>
        )}
        <PackNotes notes={recommendation.notes} />
        {progress && (
          <>
            <dl className="cm-pgc-facts">
              <div>
                <dt>{t('components.recommendation.status')}</dt>
                <dd>
                  <StatusBadge status={progress.status} />
                </dd>
              </div>
              <div>
                <dt>{t('components.recommendation.owner')}</dt>
                <dd>{progress.owner || none}</dd>
              </div>
              <div>
                <dt>{t('components.recommendation.due')}</dt>
                <dd>
                  {progress.dueOn ? formatDate(progress.dueOn, lang) : none}
                  {progress.overdue && (
                    <>
                      {' '}
                      <OverdueBadge text={t('components.recommendation.overdue')} />
                    </>
                  )}
                </dd>
              </div>
              {(progress.evidence || progress.evidenceUrl) && (
                <div className="cm-pgc-facts-wide">
                  <dt>{t('components.recommendation.evidence')}</dt>
                  <dd>
                    {progress.evidence && <span className="cm-pre-line">{progress.evidence}</span>}
                    {progress.evidenceUrl && (
                      <a
                        className="cm-pgc-link"
                        href={progress.evidenceUrl}
                        target="_blank"
                        rel="noreferrer noopener"
                      >
                        {t('workspaceEdit.document', { url: progress.evidenceUrl })}
                      </a>
                    )}
                  </dd>
                </div>
              )}
            </dl>
            <p className="cm-pgc-lifts">
              {progress.lifts.length > 0 ? (
                <>
                  {t('components.recommendation.lifts')}{' '}
                  {progress.lifts.map((c) => (
                    <span key={c} className="cm-pgc-char">
                      {c}
                    </span>
                  ))}
                </>
              ) : (
                t('components.recommendation.liftsNone')
              )}
            </p>
            <ChangedBy by={progress.updatedBy} at={progress.updatedAt} />
            {canManage &&
              (editing ? (
                <RecommendationForm
                  progress={progress}
                  onSaved={(saved, mine) => {
                    if (saved) cache.store(saved);
                    else void cache.refresh();
                    if (mine) void message.success(t('components.recommendation.saved', { id }));
                    setEditing(false);
                  }}
                  onCancel={() => {
                    setEditing(false);
                  }}
                  onStale={() => void cache.refresh()}
                />
              ) : (
                <Button
                  size="small"
                  aria-label={t('workspaceEdit.actionOn', {
                    action: t('components.recommendation.edit'),
                    name: id,
                  })}
                  onClick={() => {
                    setEditing(true);
                  }}
                >
                  {t('components.recommendation.edit')}
                </Button>
              ))}
          </>
        )}
      </div>
    </li>
  );
}
