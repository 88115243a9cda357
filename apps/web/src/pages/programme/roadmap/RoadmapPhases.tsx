import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMaturityModel } from '../../../api/model.js';
import type { Initiative, Roadmap } from '../../../api/programme-roadmap.js';
import { formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { PackNotes, SourceLine } from '../sections/PackText.js';
import { useProgramme } from '../useProgramme.js';
import { InitiativeCard } from './InitiativeCard.js';
import { BudgetTotals } from './RoadmapTimeline.js';

/**
 * The initiatives phase by phase, each phase with the standard's focus and main outputs (folded)
 * beside the city's initiatives; a phase the pack no longer has still lists its initiatives.
 */
export function RoadmapPhases({
  roadmap,
  onAdd,
  onEdit,
}: {
  roadmap: Roadmap;
  onAdd: (phaseId: string) => void;
  onEdit: (initiative: Initiative) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, canManage } = useProgramme();
  const model = useMaturityModel();
  const compared = useMemo(
    () => new Map((roadmap.comparison?.characteristics ?? []).map((c) => [c.characteristicId, c])),
    [roadmap.comparison],
  );
  const packPhases = pack.roadmap_phases ?? [];

  return (
    <section aria-labelledby="roadmap-initiatives" className="cm-section cm-pg-stack">
      <h2 id="roadmap-initiatives">{t('roadmap.initiativesTitle')}</h2>
      <ol className="cm-plain-list cm-pg-stack">
        {roadmap.timeline.phases.map((lane) => {
          const phase = packPhases.find((p) => p.id === lane.phaseId);
          const initiatives = roadmap.initiatives
            .filter((i) => i.phaseId === lane.phaseId)
            .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title));
          const headingId = `phase-${lane.phaseId}`;
          return (
            <li key={lane.phaseId}>
              <article aria-labelledby={headingId} className="cm-pg-block cm-rm-phase">
                <h3 id={headingId}>
                  <span className="cm-pg-code">
                    {t('roadmap.phase', { number: phase?.number ?? '?' })}
                  </span>{' '}
                  {phase ? phase.name[lang] : lane.phaseId}
                </h3>
                <p className="cm-pg-meta">
                  {t('roadmap.phaseCounts', {
                    count: lane.rows.length,
                    quickWins: formatNumber(lane.quickWins, lang),
                  })}{' '}
                  · <BudgetTotals budgets={lane.budgets} lang={lang} />
                </p>
                {phase ? (
                  <div className="cm-rm-standard">
                    <p className="cm-pre-line">
                      <span className="cm-rm-standard-label">{t('roadmap.focus')}</span>{' '}
                      {phase.focus[lang]}
                    </p>
                    {phase.outputs && phase.outputs.length > 0 && (
                      <details className="cm-pg-notes">
                        <summary>
                          {t('roadmap.outputsCount', { count: phase.outputs.length })}
                        </summary>
                        <ul>
                          {phase.outputs.map((output, i) => (
                            <li key={i} className="cm-pre-line">
                              {output[lang]}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                    <PackNotes notes={phase.notes} />
                    <SourceLine source={phase.source} />
                  </div>
                ) : (
                  <p className="cm-rm-note">{t('roadmap.notInPack')}</p>
                )}
                {initiatives.length === 0 ? (
                  <p className="cm-muted">{t('roadmap.phaseEmpty')}</p>
                ) : (
                  <ul className="cm-plain-list cm-rm-initiatives">
                    {initiatives.map((initiative) => (
                      <li key={initiative.id}>
                        <InitiativeCard
                          initiative={initiative}
                          model={model}
                          compared={compared}
                          horizon={roadmap.comparison?.horizon ?? null}
                          onEdit={onEdit}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                {canManage && phase && (
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => {
                      onAdd(lane.phaseId);
                    }}
                  >
                    {t('roadmap.addToPhase', { phase: phase.name[lang] })}
                  </Button>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
