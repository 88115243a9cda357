import type { ModelIndex } from '@citymaturity/model';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { ConsensusSummary } from './ConsensusSummary.js';
import { DistributionChart, DistributionTable } from './DistributionChart.js';
import { EvidenceList } from './EvidenceList.js';
import { GroupTable } from './GroupTable.js';
import { LevelList } from './LevelList.js';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="cm-w-part" aria-labelledby={id}>
      <h3 id={id} className="cm-w-part-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The characteristic the workshop is on, as the projector shows it: its name and level criteria,
 * how the stakeholders rated it (distribution and median, current and in two years), the groups'
 * medians with divergence flagged, the evidence submitted and the consensus recorded so far.
 */
export function FocusCharacteristic({
  state,
  characteristicId,
  model,
  lang,
  groupName,
}: {
  state: WorkshopState;
  characteristicId: string;
  model: ModelIndex;
  lang: Lang;
  groupName: (key: string) => string;
}) {
  const { t } = useTranslation('workshop');
  const tableId = useId();
  const entry = model.characteristicById.get(characteristicId);
  const data = state.characteristics[characteristicId];
  if (!entry || !data) return <p role="alert">{t('focus.unknown', { id: characteristicId })}</p>;
  const { characteristic } = entry;
  const dimension = model.dimensionById.get(entry.dimensionId);
  const subdimension = model.subdimensionById.get(entry.subdimensionId);
  const levels = model.pack.levels;
  const levelNumbers = levels.map((l) => l.level);

  return (
    <section className="cm-w-focus" aria-labelledby="cm-w-focus-title">
      <p className="cm-w-eyebrow">
        {dimension && `${dimension.id} ${dimension.name[lang]}`}
        {subdimension && subdimension.id !== characteristic.id && (
          <>
            {' › '}
            {subdimension.id} {subdimension.name[lang]}
          </>
        )}
      </p>
      <h2 id="cm-w-focus-title" className="cm-w-focus-title" tabIndex={-1}>
        <span className="cm-w-focus-id">{characteristic.id}</span> {characteristic.name[lang]}
      </h2>
      <p className="cm-muted">
        {t('focus.position', { position: entry.order + 1, total: model.characteristics.length })}
      </p>
      <div className="cm-w-grid">
        <div className="cm-w-column">
          <Part title={t('ratings.title')}>
            <p className="cm-muted">{t('ratings.intro', { count: state.respondents.total })}</p>
            <div className="cm-w-charts">
              <DistributionChart
                measure="current"
                statistics={data.current}
                levels={levelNumbers}
                lang={lang}
              />
              <DistributionChart
                measure="target"
                statistics={data.target}
                levels={levelNumbers}
                lang={lang}
              />
            </div>
            <p className="cm-muted cm-w-note">{t('ratings.explain')}</p>
            <details className="cm-w-details">
              <summary>{t('ratings.showTable')}</summary>
              <DistributionTable
                current={data.current}
                target={data.target}
                levels={levelNumbers}
                lang={lang}
                captionId={tableId}
              />
            </details>
          </Part>
          <Part title={t('groups.title')}>
            <GroupTable
              characteristic={data}
              groupName={groupName}
              suppressedGroups={state.suppressedGroups}
              minGroupSize={state.assessment.minGroupSize}
              lang={lang}
            />
          </Part>
          <Part title={t('consensus.title')}>
            <ConsensusSummary item={data.consensus} levels={levels} lang={lang} />
          </Part>
        </div>
        <div className="cm-w-column">
          <Part title={t('levels.title')}>
            <LevelList characteristic={characteristic} levels={levels} data={data} lang={lang} />
          </Part>
          <Part title={t('evidence.title')}>
            <EvidenceList evidence={state.evidence} groupName={groupName} lang={lang} />
          </Part>
        </div>
      </div>
    </section>
  );
}
