import { Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useComponentTracker } from '../../api/programme-components.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { todayIsoDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { componentGroups, partAnchor, recommendationCount } from './programme-logic.js';
import { AssessmentChooser } from './tracker/AssessmentChooser.js';
import { GapsTable } from './tracker/GapsTable.js';
import { PriorityTable } from './tracker/PriorityTable.js';
import { ProgressOverview } from './tracker/ProgressOverview.js';
import { TrackedComponentEntry } from './tracker/TrackedComponentEntry.js';
import { useOpenHashTarget } from './tracker/useOpenHashTarget.js';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';

/**
 * The component tracker (ISO 37106 clauses 5–8, tied to ISO/TS 37107 Annex B): which assessment's
 * gaps it reads (the latest by default, another one chosen with `?assessment=`), the components
 * ranked by the gaps they serve, the planned improvements and their components, the checklist's
 * progress and what is overdue; then every component part by part (part B area by area) with its
 * recommendations as a checklist: status, owner, due date, evidence, the characteristics it lifts.
 */
export default function ComponentsPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, organisationId } = useProgramme();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('assessment') ?? undefined;
  // The user's date, on which overdue is judged (fixed while the page is open).
  const [today] = useState(() => todayIsoDate());
  const tracker = useComponentTracker(organisationId, chosen, today);
  useOpenHashTarget(tracker.data !== undefined);
  const groups = componentGroups(pack);
  const parts = pack.parts.filter((p) => groups.some((g) => g.part === p.code));
  const byCode = new Map((tracker.data?.components ?? []).map((c) => [c.code, c]));
  const data = tracker.data;

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('components.intro')}</p>
      <AccessNote />
      {tracker.isError && (
        <ErrorAlert
          error={tracker.error}
          title={t('workspaceEdit.loadFailed')}
          onRetry={() => void tracker.refetch()}
        />
      )}
      <AssessmentChooser
        tracker={data}
        chosen={chosen}
        onChoose={(id) => {
          setParams(id ? { assessment: id } : {}, { replace: true });
        }}
      />
      {tracker.isPending && <Skeleton active paragraph={{ rows: 6 }} title={false} />}
      {data && data.assessment && <PriorityTable tracker={data} />}
      {data && data.assessment && <GapsTable tracker={data} />}
      {data && <ProgressOverview tracker={data} />}
      <nav aria-label={t('components.contents')} className="cm-actions">
        {parts.map((part) => (
          <a key={part.code} href={`#${partAnchor(part.code)}`}>
            {part.code} {part.name[lang]}
          </a>
        ))}
      </nav>
      {parts.map((part) => {
        const inPart = groups.filter((g) => g.part === part.code);
        const count = recommendationCount(inPart.flatMap((g) => g.components));
        return (
          <section key={part.code} aria-labelledby={partAnchor(part.code)} className="cm-section">
            <h2 id={partAnchor(part.code)} tabIndex={-1}>
              <span className="cm-pg-code">{part.code}</span> {part.name[lang]}
            </h2>
            <p className="cm-muted">{t('components.recommendations', { count })}</p>
            {inPart.map((group) => {
              const area = group.area ? pack.areas.find((a) => a.id === group.area) : undefined;
              const entries = group.components.map((c) => (
                <TrackedComponentEntry
                  key={c.code}
                  component={c}
                  tracked={byCode.get(c.code)}
                  level={area ? 4 : 3}
                />
              ));
              return area ? (
                <section key={area.id} aria-labelledby={`area-${area.id}`} className="cm-pg-stack">
                  <h3 id={`area-${area.id}`}>{t('components.area', { name: area.name[lang] })}</h3>
                  {entries}
                </section>
              ) : (
                <div key={`${part.code}-all`} className="cm-pg-stack">
                  {entries}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
