import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { roadmapWorkbookHref, useRoadmap, type Initiative } from '../../api/programme-roadmap.js';
import { useLang } from '../../components/lang.js';
import { RoadmapComparisonSection } from './roadmap/RoadmapComparisonSection.js';
import { RoadmapPhases } from './roadmap/RoadmapPhases.js';
import { RoadmapTimeline } from './roadmap/RoadmapTimeline.js';
import './roadmap/roadmap.css';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';
import { QueryState } from './workspace-edit/QueryState.js';

// The dialog (and antd's Form) only when someone edits.
const InitiativeForm = lazy(() =>
  import('./roadmap/InitiativeForm.js').then((m) => ({ default: m.InitiativeForm })),
);

/** What the initiative form is open for: a new initiative (in a phase) or an existing one. */
export type InitiativeEditing = { initiative?: Initiative; phaseId: string };

/**
 * The smart city roadmap (ISO 37106 6.9.2, table 6): the timeline of the initiatives by phase,
 * the initiatives phase by phase beside the standard's focus and outputs, and the roadmap's
 * target levels against the 2-year targets of an assessment (the latest submitted one unless
 * another is chosen, kept in the address as `?assessment=`). The programme office adds, changes
 * and removes initiatives; others read. The whole roadmap downloads as XLSX.
 */
export default function RoadmapPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack, canManage } = useProgramme();
  const [search, setSearch] = useSearchParams();
  const assessmentId = search.get('assessment') ?? '';
  const query = useRoadmap(organisationId, assessmentId);
  const [editing, setEditing] = useState<InitiativeEditing>();
  const firstPhase = pack.roadmap_phases?.[0]?.id ?? 'planning';

  const chooseAssessment = (id: string) => {
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id) next.set('assessment', id);
        else next.delete('assessment');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('roadmap.intro')}</p>
      <AccessNote />
      <div className="cm-actions">
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setEditing({ phaseId: firstPhase });
            }}
          >
            {t('roadmap.add')}
          </Button>
        )}
        <a
          className="cm-link-button"
          href={roadmapWorkbookHref(organisationId, lang, assessmentId)}
          download
        >
          <DownloadOutlined aria-hidden /> {t('roadmap.download')}
        </a>
      </div>
      <QueryState query={query} loading={t('roadmap.loading')}>
        {(roadmap) => (
          <>
            <RoadmapTimeline roadmap={roadmap} />
            <RoadmapPhases
              roadmap={roadmap}
              onAdd={(phaseId) => {
                setEditing({ phaseId });
              }}
              onEdit={(initiative) => {
                setEditing({ initiative, phaseId: initiative.phaseId });
              }}
            />
            <RoadmapComparisonSection
              roadmap={roadmap}
              assessmentId={assessmentId}
              onChooseAssessment={chooseAssessment}
              updating={query.isPlaceholderData}
            />
          </>
        )}
      </QueryState>
      {editing && query.data && (
        <Suspense fallback={null}>
          <InitiativeForm
            roadmap={query.data}
            editing={editing}
            onClose={() => {
              setEditing(undefined);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
